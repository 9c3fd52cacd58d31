// Corpus: blind7, api service: bookings, with Unleash (context + fallback function) and Split (attributes).
// Source: unleash-client Node README (isEnabled(name, context, fallbackFunction), getVariant), Split Node SDK docs.
import type { Unleash, Context as UnleashContext } from 'unleash-client';
import type { FlagClients } from '../flags/clients';
import { BookingRepository, type Booking, type BookingRequest } from './booking.repository';
import { PaymentGateway } from '../payments/gateway';
import { logger } from '../logging';
import { t } from '../i18n';

type Treatment = 'on' | 'off' | 'control' | string;

export class BookingService {
  private readonly unleash: Unleash;
  private readonly split: SplitIO.IClient;

  constructor(
    clients: FlagClients,
    private readonly repository: BookingRepository,
    private readonly payments: PaymentGateway,
  ) {
    this.unleash = clients.unleash;
    this.split = clients.split;
  }

  private unleashContext(request: BookingRequest): UnleashContext {
    return {
      userId: request.customerId,
      sessionId: request.sessionId,
      remoteAddress: request.ip,
      properties: { market: request.market, tier: request.loyaltyTier ?? 'none' },
    };
  }

  async create(request: BookingRequest): Promise<Booking> {
    const context = this.unleashContext(request);
    const holdSeats = this.unleash.isEnabled('bk-seat-hold', context, () => request.market === 'DE');
    const instantConfirm = this.unleash.isEnabled(
      'bk-instant-confirmation',
      context,
      (toggleName: string, ctx: UnleashContext) => {
        logger.warn('toggle missing, using fallback', { toggleName, user: ctx.userId });
        return false;
      },
    );

    const booking = await this.repository.insert({
      ...request,
      status: instantConfirm ? 'confirmed' : 'pending',
      holdUntil: holdSeats ? new Date(Date.now() + 15 * 60_000) : undefined,
    });

    const variant = this.unleash.getVariant('bk-confirmation-email', context, {
      name: 'classic',
      enabled: true,
      payload: { type: 'string', value: 'classic' },
    });
    logger.info(t('booking.created', { id: booking.id }), { variant: variant.name });
    return booking;
  }

  async quoteFees(request: BookingRequest): Promise<{ fee: number; label: string }> {
    const attributes: SplitIO.Attributes = {
      market: request.market,
      nights: request.nights,
      loyaltyTier: request.loyaltyTier ?? 'none',
      mobile: request.channel === 'app',
    };
    const { treatment, config } = this.split.getTreatmentWithConfig(
      request.customerId,
      'bk_service_fee',
      attributes,
    );
    const parsed = config ? (JSON.parse(config) as { percent: number }) : { percent: 0 };
    const fee = treatment === 'on' ? Math.round(request.total * parsed.percent) / 100 : 0;
    return { fee, label: t('booking.fee_label') };
  }

  async checkoutOptions(request: BookingRequest): Promise<Record<string, boolean>> {
    const treatments = this.split.getTreatments(
      request.customerId,
      ['bk_pay_later', 'bk_split_payment', 'bk_crypto_checkout'],
      { market: request.market },
    );

    const paymentMethods = await this.payments.methodsFor(request.market);
    const cardOnly = paymentMethods.length === 1;
    if (cardOnly) {
      logger.debug('only card payments in market', { market: request.market });
    }

    return {
      payLater: treatments.bk_pay_later === 'on',
      splitPayment: !cardOnly && treatments['bk_split_payment'] === 'on',
      crypto: treatments.bk_crypto_checkout === 'on',
    };
  }

  async cancel(bookingId: string, customerId: string): Promise<void> {
    const booking = await this.repository.find(bookingId);
    if (!booking) throw new Error(t('booking.not_found'));
    const treatment: Treatment = this.split.getTreatment(customerId, 'bk_free_cancellation', {
      hoursBeforeCheckIn: booking.hoursUntilCheckIn(),
    });
    await this.repository.cancel(bookingId, { refund: treatment === 'on' ? 'full' : 'policy' });
  }

  isToggleOn(toggle: string, request: BookingRequest): boolean {
    return this.unleash.isEnabled(toggle, this.unleashContext(request));
  }
}
