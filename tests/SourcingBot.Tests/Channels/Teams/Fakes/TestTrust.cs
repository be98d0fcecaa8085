using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SourcingBot.Tests.Channels.Teams.Fakes;

/// <summary>
/// A self-signed certificate for 127.0.0.1 that this test process trusts, for HTTPS servers the bot must
/// trust (the test token issuer: the Bot Framework SDK fetches OpenID metadata over HTTPS only, with an
/// HTTP client of its own). On Linux, .NET reads the trusted roots from the file named by SSL_CERT_FILE
/// (plus the system directory) when it first validates a certificate; this runs as the test assembly is
/// loaded, before anything here validates one, and sets the variable in the native environment, where the
/// runtime reads it (child processes, which get the managed environment, are left alone).
/// </summary>
public static class TestTrust
{
    public static X509Certificate2 Certificate { get; private set; } = null!;

    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "The trust must be in place before any test validates a certificate.")]
    internal static void Install()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=SourcingBot test issuer", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.KeyCertSign, critical: false));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var now = TimeProvider.System.GetUtcNow();
        Certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(7));

        var bundle = Path.Combine(Path.GetTempPath(), $"sourcingbot-test-trust-{Environment.ProcessId}.pem");
        var existing = Environment.GetEnvironmentVariable("SSL_CERT_FILE");
        var roots = existing is not null && File.Exists(existing) ? File.ReadAllText(existing) + "\n" : string.Empty;
        File.WriteAllText(bundle, roots + Certificate.ExportCertificatePem() + "\n");
        if (OperatingSystem.IsLinux())
        {
            _ = SetEnvironment(CString("SSL_CERT_FILE"), CString(bundle), 1);
        }
    }

    [DllImport("libc", EntryPoint = "setenv")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    [SuppressMessage("Interoperability", "SYSLIB1054", Justification = "LibraryImport needs unsafe code, which this project does not allow.")]
    private static extern int SetEnvironment(byte[] name, byte[] value, int overwrite);

    private static byte[] CString(string text) => System.Text.Encoding.UTF8.GetBytes(text + "\0");
}
