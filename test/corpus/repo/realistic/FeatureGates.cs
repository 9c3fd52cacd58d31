// Corpus: an ASP.NET service (C#) with OpenFeature, LaunchDarkly, Unleash and Split.
// Source: OpenFeature .NET SDK (FeatureClient.GetBooleanValueAsync(string flagKey, bool
// defaultValue, EvaluationContext? context = null), GetStringDetailsAsync); LaunchDarkly.ServerSdk
// (LdClient.BoolVariation(string key, Context context, bool defaultValue)); Unleash.Client
// (IUnleash.IsEnabled(string toggleName)); Splitio (ISplitClient.GetTreatment(string key, string
// feature)).
using LaunchDarkly.Sdk;
using LaunchDarkly.Sdk.Server;
using OpenFeature;
using Splitio.Services.Client.Interfaces;
using Unleash;

public class FeatureGates
{
    private readonly FeatureClient _features = Api.Instance.GetClient("orders");
    private readonly LdClient _ldClient;
    private readonly IUnleash _unleash;
    private readonly ISplitClient _splitClient;

    public FeatureGates(LdClient ldClient, IUnleash unleash, ISplitClient splitClient)
    {
        _ldClient = ldClient;
        _unleash = unleash;
        _splitClient = splitClient;
    }

    public async Task<bool> CanReorderAsync(string userId)
    {
        var reorder = await _features.GetBooleanValueAsync("orders-quick-reorder", false);
        var details = await _features.GetStringDetailsAsync(
            "orders-receipt-format",
            "pdf");
        var context = Context.New(userId);
        var tracking = _ldClient.BoolVariation("orders-live-tracking", context, false);
        var returns = _unleash.IsEnabled("orders-self-returns");
        var treatment = _splitClient.GetTreatment(userId, "orders_gift_messages");
        return reorder && tracking && returns && treatment == "on" && details.Value == "pdf";
    }
}
