/** The house buttons: one look per role, so a form's main action reads the same on every page. */
const VARIANTS = {
  primary: "rounded-md bg-brand-800 font-semibold text-white hover:bg-brand-900 disabled:opacity-60",
  secondary: "rounded-md border border-brand-800 bg-white font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60",
  danger: "rounded-md bg-red-700 font-semibold text-white hover:bg-red-800 disabled:opacity-60",
} as const;
const SIZES = { sm: "px-3 py-1.5 text-sm", md: "px-4 py-2", lg: "w-full px-4 py-3 text-lg" } as const;

export function buttonClass(variant: keyof typeof VARIANTS = "primary", size: keyof typeof SIZES = "md"): string {
  return `${VARIANTS[variant]} ${SIZES[size]}`;
}

export function Button({
  variant = "primary",
  size = "md",
  className,
  type = "submit",
  ...props
}: React.ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof VARIANTS; size?: keyof typeof SIZES }) {
  return <button type={type} className={`${buttonClass(variant, size)}${className ? ` ${className}` : ""}`} {...props} />;
}
