# Corpus: a Ruby (Rails) service with Unleash, LaunchDarkly and OpenFeature.
# Source: unleash-client-ruby (Unleash::Client.new(...); is_enabled?(feature, context = nil,
# default_value = false), also called without parentheses); launchdarkly-server-sdk-ruby
# (LaunchDarkly::LDClient#variation(key, context, default)); openfeature-sdk
# (OpenFeature::SDK.build_client; fetch_boolean_value(flag_key:, default_value:),
# fetch_string_details(flag_key:, default_value:)).
class FlagsService
  UNLEASH = Unleash::Client.new(url: ENV.fetch('UNLEASH_URL'), app_name: 'storefront')

  def initialize(ld_client)
    @ld_client = ld_client
    @features = OpenFeature::SDK.build_client
  end

  def banner(user)
    context = Unleash::Context.new(user_id: user.id)
    return :sale if UNLEASH.is_enabled?("storefront-sale-banner", context)
    return :legacy if UNLEASH.is_enabled? "storefront-legacy-banner", context

    ld_context = LaunchDarkly::LDContext.create({ key: user.id, kind: 'user' })
    @ld_client.variation('storefront-hero-copy', ld_context, 'default')
  end

  def checkout?(user)
    @features.fetch_boolean_value(flag_key: 'storefront-one-click', default_value: false)
  end
end
