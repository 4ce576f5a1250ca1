// How each of the 14 kinds of piece looks: a distinct colour, a two-letter mark for those who
// cannot tell the colours apart, and a readable name.
import type { PieceKind } from "../../../src/domain";

export interface KindStyle {
  label: string;
  mark: string;
  colour: string;
  /** Text colour that stays legible on the tile (at least 4.5:1, so the tile's words pass WCAG AA). */
  ink: string;
}

export const KIND_STYLE: Record<PieceKind, KindStyle> = {
  memory: { label: "Memory", mark: "Me", colour: "#5b3f8c", ink: "#fff" },
  visual: { label: "Visual", mark: "Vi", colour: "#f2b705", ink: "#2b2100" },
  sound: { label: "Sound", mark: "So", colour: "#1d6fb8", ink: "#fff" },
  taste: { label: "Taste", mark: "Ta", colour: "#e4572e", ink: "#240800" },
  smell: { label: "Smell", mark: "Sm", colour: "#8fa31e", ink: "#1d2200" },
  temperature: { label: "Temperature", mark: "Te", colour: "#b3122e", ink: "#fff" },
  movement: { label: "Movement", mark: "Mo", colour: "#00796b", ink: "#fff" },
  release: { label: "Release", mark: "Re", colour: "#8fd3b6", ink: "#08372a" },
  inner_process: { label: "Inner process", mark: "In", colour: "#8d5524", ink: "#fff" },
  body_sensation: { label: "Body sensation", mark: "Bo", colour: "#ff9a3c", ink: "#3a1c00" },
  emotion: { label: "Emotion", mark: "Em", colour: "#b8215a", ink: "#fff" },
  character: { label: "Character", mark: "Ch", colour: "#173f5f", ink: "#fff" },
  message: { label: "Message", mark: "Ms", colour: "#a9cdf0", ink: "#0c2a47" },
  insight: { label: "Insight", mark: "Is", colour: "#b98ee0", ink: "#2a0c47" },
};

export const kindLabel = (kind: PieceKind) => KIND_STYLE[kind].label;
