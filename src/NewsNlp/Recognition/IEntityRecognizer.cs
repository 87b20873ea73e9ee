using NewsNlp.Entities;

namespace NewsNlp.Recognition;

/// <summary>A recognition stage: appends the entity spans it finds in one document, in any order.</summary>
/// <remarks>Implementations are immutable and thread-safe; per-call state lives on the stack or in the scratch argument.</remarks>
internal interface IEntityRecognizer
{
    void Recognize(scoped in AnalysisContext context, AnalysisScratch scratch, List<EntitySpan> output);
}
