// Corpus: blind3 web (round 2, added after the scanner was read), styled-components CSS over many lines above flag reads.
// Source: styled-components docs (tagged template literals); launchdarkly-react-client-sdk useFlags/useLDClient (.d.ts).
'use client';

import styled from 'styled-components';
import { useFlags, useLDClient } from 'launchdarkly-react-client-sdk';

const Button = styled.button<{ $primary?: boolean }>`
  display: inline-flex;
  align-items: center;
  gap: 0.5rem;
  padding: 0.75rem 1.25rem;
  border: 0;
  border-radius: 999px;
  background: ${(props) => (props.$primary ? '#0b5' : '#eee')};
  color: ${(props) => (props.$primary ? '#fff' : '#222')};
  font-weight: 600;
  font-size: 1rem;
  line-height: 1.2;
  cursor: pointer;
  transition: background 120ms ease-in;

  &:hover {
    filter: brightness(1.05);
  }

  &:disabled {
    opacity: 0.5;
  }
`;

export function CartButton({ count }: { count: number }) {
  const { cartPulse } = useFlags();
  const ldClient = useLDClient();
  const label = ldClient?.variation('cart-button-label', 'Cart') as string;
  return (
    <Button $primary={cartPulse} aria-label={label}>
      {label} ({count})
    </Button>
  );
}
