// The workspace's views: one shape and one pure builder per first screen (issue 11).
export * from "./view-parts";
export * from "./session-strip";
export * from "./brief";
export * from "./mosaic";
export * from "./body-map";
export * from "./characters";
export * from "./threads";
export * from "./life";
export * from "./contributions";
export * from "./measures-axis";
export * from "./home";
export * from "./search";
export * from "./audit-view";
