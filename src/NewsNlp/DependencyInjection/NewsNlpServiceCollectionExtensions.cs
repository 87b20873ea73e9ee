using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsNlp.Pipeline;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers NewsNlp with an <see cref="IServiceCollection"/>.</summary>
public static class NewsNlpServiceCollectionExtensions
{
    /// <summary>Registers a <see cref="NewsPipeline"/> singleton, built on first use from the configured options.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adjusts the options; runs once, immediately.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <remarks>The pipeline is immutable and thread-safe, so a singleton is the right lifetime. A second call is harmless:
    /// the first registration wins. The <see cref="NewsNlpOptions"/> instance is registered too.</remarks>
    public static IServiceCollection AddNewsNlp(this IServiceCollection services, Action<NewsNlpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new NewsNlpOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(options);
        services.TryAddSingleton(provider => new NewsPipelineBuilder(provider.GetRequiredService<NewsNlpOptions>()).Build());
        return services;
    }
}
