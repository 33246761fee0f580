import type { MetadataRoute } from "next";

/** Installable on a phone's home screen: opens straight on the report form, works as its own window. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Sigap — Lapor masalah layanan publik",
    short_name: "Sigap",
    description: "Laporkan kegagalan layanan publik ke Ombudsman dan ikuti penanganannya.",
    lang: "id",
    start_url: "/lapor",
    scope: "/",
    display: "standalone",
    background_color: "#f8fafc",
    theme_color: "#0b4a46",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
    shortcuts: [{ name: "Lacak laporan", short_name: "Lacak", url: "/track" }],
  };
}
