/** A form with files as the server's multipart procedures read it: fields as JSON in "data", files as "files". */
export function toMultipart(data: unknown, files: readonly File[]): FormData {
  const form = new FormData();
  form.set("data", JSON.stringify(data));
  for (const f of files) form.append("files", f);
  return form;
}
