import React, {createContext, useContext, useRef, type ReactNode} from 'react';

interface TitleSlot {
  badge: ReactNode;
  /** Set by the first `h1` that claims the badge during a render, so it shows once. */
  claimed: {current: boolean};
}

const Slot = createContext<TitleSlot | null>(null);

/** Offers `badge` to the first `h1` rendered inside `children` (see the `Heading` wrapper). */
export function ReviewTitleSlot({
  badge,
  children,
}: {
  badge: ReactNode;
  children: ReactNode;
}): ReactNode {
  const claimed = useRef(false);
  claimed.current = false;
  return <Slot.Provider value={{badge, claimed}}>{children}</Slot.Provider>;
}

/** The badge for the page title when this is the first `h1` under a slot; otherwise `null`. */
export function useReviewTitleBadge(level: string): ReactNode {
  const slot = useContext(Slot);
  const mine = useRef<boolean | null>(null);
  if (!slot || level !== 'h1') return null;
  if (mine.current === null) mine.current = !slot.claimed.current;
  slot.claimed.current = true;
  return mine.current ? slot.badge : null;
}

export default ReviewTitleSlot;
