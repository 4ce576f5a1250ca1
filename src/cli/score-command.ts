// `tessera score INSTRUMENT ANSWERS`: score one response with the measures engine and print JSON.
import type { Command } from "commander";
import { DomainError, invalid } from "../domain";
import { listInstruments, requireInstrument, scoreResponse } from "../measures";

// Bad input exits 2 (usage error), distinct from 1 for anything that went wrong inside.
const BAD_INPUT = 2;

/** One help line per flag an instrument can raise, from the definitions themselves. */
const FLAG_HELP = listInstruments()
  .flatMap((def) => def.flags.map((f) => `  ${f.id.padEnd(24)} ${def.shortTitle}: ${f.meaning}`))
  .join("\n");

const EXAMPLES = `
Answers are the option numbers printed on the form, in item order, separated by commas.
Leave a slot empty for an unanswered item: 1,2,,3 means item 3 was not answered.
An incomplete response gets no total or band; flags on single answers are still raised.
band is null where no published band covers the score (WHO-5 raw 13–25, PCL-5, symptom profile).

Output: {"instrument","total","band","subscales","complete","flags"}
  flags holds the ids of the flags raised, in definition order:
${FLAG_HELP}
  --full adds raisedFlags: each flag with its urgency (routine, raised, high, highest) and
  follow-up text, and cutPointRanges (PCL-5: true for totals 31–33, the published cut-off range).

Examples:
  tessera score phq9 1,1,1,1,1,1,1,1,1
  tessera score gad7 0,1,2,3,0,1,,
  tessera score pcl5 2,2,1,0,3,2,2,0,1,2,3,2,0,1,2,2,1,0,3,2 --full
  tessera score --list`;

export function registerScore(program: Command): void {
  program
    .command("score")
    .description("score one questionnaire response and print the result as JSON")
    .argument("[instrument]", "instrument id (see --list): phq9, gad7, who5, pcl5, pss10, symptom-profile")
    .argument("[answers]", "answers in item order, comma-separated, empty for a missing item (e.g. 1,2,,3)")
    .option("--list", "list the instruments Tessera can score")
    .option("--full", "print the whole score result: cut-points, diagnostic rule, item scores, missing items")
    .addHelpText("after", EXAMPLES)
    .action(
      (
        instrument: string | undefined,
        answers: string | undefined,
        opts: { list?: boolean; full?: boolean },
      ) => {
        if (opts.list) {
          printList();
          return;
        }
        try {
          if (instrument === undefined || answers === undefined)
            throw invalid("give an instrument and its answers (tessera score phq9 1,0,2,...), or --list");
          const def = requireInstrument(instrument);
          const result = scoreResponse(def.id, parseAnswers(def.shortTitle, answers));
          const { total, band, subscales, complete, flags } = result;
          console.log(
            JSON.stringify(
              opts.full ? result : { instrument: def.id, total, band, subscales, complete, flags },
            ),
          );
        } catch (err) {
          if (err instanceof DomainError) process.exitCode = BAD_INPUT;
          throw err;
        }
      },
    );
}

function parseAnswers(instrument: string, text: string): (number | null)[] {
  return text.split(",").map((raw, i) => {
    const s = raw.trim();
    if (s === "") return null;
    if (!/^\d+$/.test(s)) {
      const message = `${instrument} item ${i + 1}: "${s}" is not a whole number (leave it empty if unanswered)`;
      throw invalid(message, [{ path: `answers.${i}`, message }]);
    }
    return Number(s);
  });
}

function printList(): void {
  for (const def of listInstruments()) {
    const max = def.options.length - 1;
    console.log(
      `${def.id.padEnd(16)} ${def.shortTitle} (${def.measures}): ${def.items.length} items, answers 0–${max}, ` +
        `recall ${def.recallPeriod.days} days, version ${def.version}`,
    );
  }
}
