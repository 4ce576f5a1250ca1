// The first script, a few KB: it sends what the first screen will ask for (the setup and login
// check; for a deep link to a client's view, the page's code; for the mosaic and the brief, the
// client and the view's data), then loads the app. The requests run while the app's code downloads
// and compiles instead of after it; the app's own first identical requests take their answers
// (api/http.ts startEarly).
import { api } from "./api/endpoints.generated";
import { startEarly } from "./api/http";
import { VIEW_PAGES, linkedViewPage } from "./router/view-pages";
import { sendLinkedViewRequests } from "./workspace/linked-view-request";

const hash = window.location.hash;
startEarly(() => {
  void api.getSetupStatus();
  void api.me();
  sendLinkedViewRequests(hash);
});
// The app first, so its style sheets come before the page's in the document, as they did.
void import("./main");
const view = linkedViewPage(hash);
if (view) void VIEW_PAGES[view]!();
