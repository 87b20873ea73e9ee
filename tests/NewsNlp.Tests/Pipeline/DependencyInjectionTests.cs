using Microsoft.Extensions.DependencyInjection;
using NewsNlp.Dates;
using NewsNlp.Entities;
using NewsNlp.Pipeline;
using NewsNlp.Tests.Infrastructure;

namespace NewsNlp.Tests.Pipeline;

public sealed class DependencyInjectionTests
{
    [Fact]
    public void Registers_a_configured_singleton_pipeline()
    {
        var model = CapitalizedWordRecognizer.CreateModel();
        var services = new ServiceCollection().AddNewsNlp(o =>
        {
            o.Model = model;
            o.Kinds = EntityKindSet.Of(EntityKind.Location);
            o.DateOrder = DateOrder.DayMonthYear;
        });

        using var provider = services.BuildServiceProvider();
        var pipeline = provider.GetRequiredService<NewsPipeline>();
        Assert.Same(pipeline, provider.GetRequiredService<NewsPipeline>());
        Assert.Same(model, pipeline.Model);
        Assert.Equal(DateOrder.DayMonthYear, pipeline.DateOrder);
        Assert.Equal(EntityKindSet.Of(EntityKind.Location), pipeline.Kinds);
    }

    [Fact]
    public void A_second_registration_is_harmless_and_the_first_wins()
    {
        var services = new ServiceCollection()
            .AddNewsNlp(o => o.RecognizeNames = false)
            .AddNewsNlp(o => o.Model = CapitalizedWordRecognizer.CreateModel());
        Assert.Single(services, d => d.ServiceType == typeof(NewsPipeline));
        using var provider = services.BuildServiceProvider();
        Assert.Null(provider.GetRequiredService<NewsPipeline>().Model);
    }

    [Fact]
    public void Null_services_throw()
    {
        Assert.Throws<ArgumentNullException>(() => NewsNlpServiceCollectionExtensions.AddNewsNlp(null!));
    }
}
