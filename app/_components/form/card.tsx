/** A white panel on the page's grey: the house frame for a form or a block of facts. */
const PADDING = { sm: "p-3", md: "p-4" } as const;

/** The card's classes, for an element that cannot be a Card (a form with its own attributes). */
export function cardClass(padding: keyof typeof PADDING = "md", extra = ""): string {
  return `rounded-lg bg-white ${PADDING[padding]} shadow-sm${extra ? ` ${extra}` : ""}`;
}

export function Card({
  as: Tag = "section",
  padding = "md",
  className,
  ...props
}: React.HTMLAttributes<HTMLElement> & { as?: "section" | "div" | "article" | "details"; padding?: keyof typeof PADDING }) {
  return <Tag className={`${cardClass(padding)}${className ? ` ${className}` : ""}`} {...props} />;
}
