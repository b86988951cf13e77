using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Union.Fuzz.Tests;

/// <summary>Serialization of the fuzzer's own strings.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class FuzzJson : JsonSerializerContext
{
    internal static JsonSerializerOptions Relaxed { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, TypeInfoResolver = Default };
}
