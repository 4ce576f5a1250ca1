// The instruments Tessera knows, in the order they are listed to users.
import type { InstrumentDefinition } from "../definition-schema";
import { phq9 } from "./phq9";
import { gad7 } from "./gad7";
import { who5 } from "./who5";
import { pcl5 } from "./pcl5";
import { pss10 } from "./pss10";
import { symptomProfile } from "./symptom-profile";

export const instruments: readonly InstrumentDefinition[] = [phq9, gad7, who5, pcl5, pss10, symptomProfile];
