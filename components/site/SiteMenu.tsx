'use client';
// The site's navigation: in the header on wide screens; behind a Menu button on a phone
// (the header wrapped word by word there). The button exists only for small screens
// (CSS); the list is the same element for both.
import { useEffect, useId, useState } from 'react';
import { usePathname } from 'next/navigation';

export function SiteMenu({ label, menu, children }: { label: string; menu: string; children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const path = usePathname();
  // a link followed: the menu closes
  useEffect(() => setOpen(false), [path]);
  return (
    <>
      <button type="button" className="secondary site-menu-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)} data-testid="site-menu-toggle">
        <span aria-hidden="true">☰</span> {menu}
      </button>
      <nav id={id} aria-label={label} className={`site-nav${open ? ' open' : ''}`} data-testid="site-nav">
        {children}
      </nav>
    </>
  );
}
