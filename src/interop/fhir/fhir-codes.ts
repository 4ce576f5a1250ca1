// Code systems, codes and URLs of the FHIR mapping (../shared/docs/clinical-reference.md §2, §3).
// Only codes the reference gives without a doubt mark are used; everything else is a Tessera
// local code with its text.
import type { BodyRegion, Laterality } from "../../domain";

/** Tessera's own namespace; `.invalid` so no one mistakes it for a resolvable server. */
export const TESSERA_FHIR = "https://fhir.tessera.invalid";
export const localSystem = (name: string) => `${TESSERA_FHIR}/CodeSystem/${name}`;
/** The full Tessera record behind a resource, as JSON text, so an import loses nothing. */
export const RECORD_EXTENSION = `${TESSERA_FHIR}/StructureDefinition/tessera-record`;
export const LATERALITY_EXTENSION = `${TESSERA_FHIR}/StructureDefinition/laterality`;
export const SNOMED = "http://snomed.info/sct";
export const LOINC = "http://loinc.org";

/** SNOMED CT body structures from clinical-reference §3 (DICOM CID 4028/4031/10044); others go uncoded. */
export const REGION_SNOMED: Partial<Record<BodyRegion, [string, string]>> = {
  head: ["69536005", "Head"],
  occiput: ["31640002", "Occipital bone"],
  jaw: ["661005", "Jaw region"],
  neck: ["45048000", "Neck"],
  shoulders: ["16982005", "Shoulder"],
  arms: ["53120007", "Upper limb"],
  hands: ["85562004", "Hand"],
  chest: ["816094009", "Chest"],
  heart: ["80891009", "Heart"],
  lungs: ["39607008", "Lung"],
  spine: ["421060004", "Spine"],
  "lower-back": ["37822005", "Lower back structure"],
  sacrum: ["54735007", "Sacrum"],
  diaphragm: ["5798000", "Diaphragm structure"],
  stomach: ["69695003", "Stomach"],
  liver: ["10200004", "Liver"],
  kidneys: ["64033007", "Kidney"],
  bladder: ["89837001", "Bladder"],
  womb: ["35039007", "Uterus"],
  pelvis: ["816092008", "Pelvis"],
  hips: ["29836001", "Hip"],
  legs: ["61685007", "Lower limb"],
  knees: ["72696002", "Knee"],
  feet: ["56459004", "Foot"],
  "whole-body": ["38266002", "Entire body"],
};

/** HL7 Europe siteLaterality-eu qualifiers (clinical-reference §3). */
export const LATERALITY_SNOMED: Record<Laterality, [string, string]> = {
  left: ["7771000", "Left"],
  right: ["24028007", "Right"],
  both: ["51440002", "Bilateral"],
};

/** SER notes are restricted and psychotherapy-note sensitive; left out of a default export. */
export const SENSITIVE_SECURITY = [
  { system: "http://terminology.hl7.org/CodeSystem/v3-Confidentiality", code: "R", display: "restricted" },
  {
    system: "http://terminology.hl7.org/CodeSystem/v3-ActCode",
    code: "PSYTHPN",
    display: "psychotherapy note information sensitivity",
  },
];

export const CONSENT_SCOPE: Record<string, string> = {
  treatment: "treatment",
  research: "research",
  "record-keeping": "patient-privacy",
  "portal-sharing": "patient-privacy",
};

/** A code for a free name: lower case, words joined by hyphens. */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "unnamed"
  );
}
