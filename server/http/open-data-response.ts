/** An open-data file as a download anyone may fetch and cache for a while, from any site (CORS). */
export function openDataResponse(out: { body: string; contentType: string; filename: string }): Response {
  return new Response(out.body, {
    headers: {
      "content-type": out.contentType,
      "content-disposition": `attachment; filename="${out.filename}"`,
      "cache-control": "public, max-age=300",
      "access-control-allow-origin": "*",
    },
  });
}
