import "./error-messages";
export * from "./vocabulary";
export * from "./common";
export * from "./piece";
export * from "./life-period";
export * from "./practice";
export * from "./client";
export * from "./session";
export * from "./character";
export * from "./thread-status"; // The workspace (issue 11): a thread's status over time
export * from "./reflection";
export * from "./measure-response";
export * from "./consent";
export * from "./audit";
export * from "./api-shapes";
export * from "./extract";
// Trust (issue 14)
export * from "./accounts";
export * from "./second-factor";
export * from "./errors";
export * from "./process-view";
export * from "./session-rules";
export * from "./record-version";
export * from "./draft";
// The client portal (issue 13)
export * from "./invitation";
export * from "./questionnaire-assignment";
export * from "./process-story";
export * from "./practice-settings";
export * from "./portal";
export * from "./views";
export * from "./session-summary"; // The overview's light session list
// Open data (issue 15)
export * from "./open-data";
