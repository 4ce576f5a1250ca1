// What the client page shows of the portal: the client's shared reflections, questionnaires sent,
// the process story, and the invitation card.
import { AssignmentsCard } from "../../measures/assignments-card";
import { ClientReflections } from "./client-reflections";
import { PortalCard } from "./portal-card";
import { ProcessStoryEditor } from "./process-story-editor";
import "../portal.css";

export function PortalSections(props: {
  clientId: string;
  clientName: string;
  email: string;
  onAssigned?: () => void;
}) {
  return (
    <>
      <ClientReflections clientId={props.clientId} clientName={props.clientName} />
      <AssignmentsCard clientId={props.clientId} />
      <ProcessStoryEditor clientId={props.clientId} />
      <PortalCard clientId={props.clientId} email={props.email} />
    </>
  );
}
