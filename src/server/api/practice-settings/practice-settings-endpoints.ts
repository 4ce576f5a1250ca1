// The practice's settings: the crisis text clients are shown at once after a safety flag.
import { PracticeSettings, PracticeSettingsInput } from "../../../domain";
import { endpoint } from "../endpoint";

export const practiceSettingsEndpoints = [
  endpoint({
    name: "getPracticeSettings",
    method: "GET",
    path: "/api/practice-settings",
    summary: "The practice's settings (the crisis text, or the default)",
    response: { status: 200, schema: PracticeSettings },
    handler: ({ store }) => store.getPracticeSettings(),
  }),
  endpoint({
    name: "updatePracticeSettings",
    method: "PUT",
    path: "/api/practice-settings",
    summary: "Change the practice's crisis text (administrators; empty for the default)",
    body: PracticeSettingsInput,
    response: { status: 200, schema: PracticeSettings },
    handler: ({ store, body }) => store.updatePracticeSettings(body),
  }),
];
