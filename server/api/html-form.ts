/** Reading a form as a browser posts it without JavaScript. */

/** A text field's value; absent (or a file where text was expected) reads as empty. */
export function textOf(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** The files chosen in a file input; one left empty is posted as a nameless empty part, which is no file. */
export function filesOf(form: FormData, name: string): File[] {
  return form.getAll(name).filter((f): f is File => typeof f !== "string" && !(f.size === 0 && f.name === ""));
}
