// Which course the session belongs to; a new session starts in the client's open course.
import type { Course } from "../../../src/domain";
import { Field } from "../components/field";
import { coursesHref } from "../courses/courses-page";
import { formatDate } from "../vocabulary-labels";

export function courseLabel(courses: Course[], id: string | null): string {
  const c = courses.find((x) => x.id === id);
  if (!c) return "No course";
  const when = `from ${formatDate(c.startDate)}${c.endDate ? ` to ${formatDate(c.endDate)}` : ""}`;
  return c.intention ? `${c.intention} (${when})` : `Course ${when}`;
}

export function CourseField(props: {
  clientId: string;
  courses: Course[];
  value: string | null;
  error: string | undefined;
  onChange: (courseId: string | null) => void;
}) {
  return (
    <Field
      label="Course"
      path="courseId"
      error={props.error}
      className="span-2"
      hint={<a href={coursesHref(props.clientId)}>Courses of this client</a>}
    >
      {(a) => (
        <select {...a} value={props.value ?? ""} onChange={(e) => props.onChange(e.target.value || null)}>
          <option value="">No course</option>
          {props.courses.map((c) => (
            <option key={c.id} value={c.id}>
              {courseLabel(props.courses, c.id)}
              {c.endDate ? " · closed" : ""}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
