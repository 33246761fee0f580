/** Links to documents staff may open (the attachment route checks the role again). */
export function AttachmentLinks({ files }: { files: Array<{ id: string; name: string }> }) {
  if (files.length === 0) return null;
  return (
    <span className="block">
      {files.map((a) => (
        <a key={a.id} href={`/api/attachments/${a.id}`} className="mr-2 text-brand-800 underline" target="_blank" rel="noreferrer">
          📎 {a.name}
        </a>
      ))}
    </span>
  );
}
