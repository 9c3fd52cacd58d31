// Corpus: blind7, api service: reviews REST controller, OpenFeature server SDK with keys imported from ../flags/keys.
// Source: @openfeature/server-sdk docs (getBooleanValue, getStringDetails, getNumberValue, getObjectDetails; hooks; EvaluationContext).
import { Controller, Get, Param, Post, Body, Query, HttpException, HttpStatus } from '@nestjs/common';
import { OpenFeature, type Client, type EvaluationContext, type JsonValue } from '@openfeature/server-sdk';
import { REVIEW_FLAGS, ModerationFlag, REVIEW_PAGE_SIZE_FLAG } from '../flags/keys';
import { ReviewsRepository, type Review, type NewReview } from './reviews.repository';
import { Translator } from './translator';
import { logger } from '../logging';

interface ModerationRules extends Record<string, JsonValue> {
  bannedWords: string[];
  minLength: number;
}

@Controller('hotels/:hotelId/reviews')
export class ReviewsController {
  private readonly features: Client = OpenFeature.getClient('reviews');

  constructor(
    private readonly repository: ReviewsRepository,
    private readonly translator: Translator,
  ) {}

  private context(hotelId: string, userId?: string): EvaluationContext {
    return { targetingKey: userId ?? `hotel:${hotelId}`, hotelId };
  }

  @Get()
  async list(@Param('hotelId') hotelId: string, @Query('lang') lang = 'en', @Query('page') page = '1'): Promise<Review[]> {
    const context = this.context(hotelId);
    const pageSize = await this.features.getNumberValue(REVIEW_PAGE_SIZE_FLAG, 20, context);
    const reviews = await this.repository.page(hotelId, Number(page), pageSize);

    const translate = await this.features.getBooleanValue(REVIEW_FLAGS.machineTranslation, false, context);
    const withPhotos = await this.features.getBooleanValue(
      REVIEW_FLAGS.photoReviews,
      true,
      context,
    );
    const badges = await this.features.getStringDetails(REVIEW_FLAGS.sentimentBadges, 'off', context);

    const shaped = reviews.map((review) => ({
      ...review,
      photos: withPhotos ? review.photos : [],
      sentiment: badges.value === 'on' ? review.sentiment : undefined,
    }));
    return translate ? Promise.all(shaped.map((review) => this.translator.translate(review, lang))) : shaped;
  }

  @Post()
  async create(@Param('hotelId') hotelId: string, @Body() body: NewReview): Promise<Review> {
    const context = this.context(hotelId, body.authorId);
    const rules = await this.features.getObjectDetails<ModerationRules>(ModerationFlag.ToxicityModel, {
      bannedWords: [],
      minLength: 20,
    }, context);
    if (body.text.length < rules.value.minLength) {
      throw new HttpException('review too short', HttpStatus.BAD_REQUEST);
    }
    const autoApprove = await this.features.getBooleanValue(ModerationFlag.AutoApprove, false, context);
    logger.info('review created', { hotelId, autoApprove });
    return this.repository.insert({ ...body, hotelId, status: autoApprove ? 'published' : 'pending' });
  }
}
