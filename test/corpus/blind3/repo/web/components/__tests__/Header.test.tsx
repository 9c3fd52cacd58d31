// Corpus: blind3 web, jest tests of the header with the LaunchDarkly SDK mocked.
// Source: jest-launchdarkly-mock README (mockFlags, ldClientMock, resetLDMocks); jest.mock docs.
import { render, screen } from '@testing-library/react';
import { ldClientMock, mockFlags, resetLDMocks } from 'jest-launchdarkly-mock';
import { Header } from '../Header';

describe('Header', () => {
  beforeEach(() => {
    resetLDMocks();
  });

  it('shows the mega menu when megaMenu is on', () => {
    mockFlags({ megaMenu: true, headerSearchV2: false });
    render(<Header cartCount={0} />);
    expect(screen.getByTestId('mega-menu')).toBeInTheDocument();
  });

  it('reads the promo text from header-promo-text', () => {
    ldClientMock.variation.mockReturnValue('Sale!');
    render(<Header cartCount={2} />);
    expect(ldClientMock.variation).toHaveBeenCalledWith('header-promo-text', '');
  });

  it('falls back when the client is not ready', () => {
    ldClientMock.boolVariation.mockImplementation((key: string) => key === 'header-help-link');
    render(<Header cartCount={1} />);
    expect(screen.queryByText('header.help')).not.toBeNull();
  });
});
