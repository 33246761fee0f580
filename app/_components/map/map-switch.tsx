"use client";

import dynamic from "next/dynamic";
import { useState, useSyncExternalStore } from "react";
import type { InteractiveCell, InteractiveMarker } from "./interactive-map";

const noSubscription = () => () => {};

const InteractiveMap = dynamic(() => import("./interactive-map"), { ssr: false });

/**
 * The drawn map until the visitor asks for tiles: a phone in a queue does not spend its data on map tiles it did
 * not ask for, and without scripts the drawing simply stays.
 */
export function MapSwitch({
  children,
  label,
  ...map
}: {
  children: React.ReactNode;
  label: string;
  tileUrl: string;
  attribution: string;
  cells: InteractiveCell[];
  markers: InteractiveMarker[];
}) {
  const [interactive, setInteractive] = useState(false);
  // The button only once scripts run: without them it could do nothing.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  if (interactive) return <InteractiveMap {...map} />;
  return (
    <div className="space-y-2">
      {children}
      {hydrated && (
        <button
          type="button"
          onClick={() => setInteractive(true)}
          className="rounded-md border border-brand-800 px-3 py-1.5 text-sm font-semibold text-brand-800"
          data-testid="open-interactive-map"
        >
          {label}
        </button>
      )}
    </div>
  );
}
