import { NotFoundNotice } from "@/app/_components/not-found-notice";

export default function NotFound() {
  return <NotFoundNotice />;
}
