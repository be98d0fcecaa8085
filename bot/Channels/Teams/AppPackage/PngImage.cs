using System.Buffers.Binary;
using System.IO.Compression;

namespace SourcingBot.Channels.Teams.AppPackage;

/// <summary>
/// A decoded PNG (8-bit, non-interlaced; grey, grey+alpha, RGB or RGBA): enough to check the Teams icons'
/// sizes and colours without an imaging library.
/// </summary>
internal sealed class PngImage
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly byte[] _rgba;

    private PngImage(int width, int height, byte[] rgba)
    {
        Width = width;
        Height = height;
        _rgba = rgba;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The pixel at (<paramref name="x"/>, <paramref name="y"/>) as red, green, blue, alpha.</summary>
    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var offset = ((y * Width) + x) * 4;
        return (_rgba[offset], _rgba[offset + 1], _rgba[offset + 2], _rgba[offset + 3]);
    }

    public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels() =>
        Enumerable.Range(0, Height).SelectMany(y => Enumerable.Range(0, Width).Select(x => Pixel(x, y)));

    /// <summary>Decodes <paramref name="png"/>; throws <see cref="InvalidDataException"/> for anything else.</summary>
    public static PngImage Decode(byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        if (png.Length < 8 || !png.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException("Not a PNG file.");
        }

        int width = 0, height = 0, channels = 0;
        using var compressed = new MemoryStream();
        for (var offset = 8; offset + 8 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(png, offset + 4, 4);
            var data = png.AsSpan(offset + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    channels = (data[8], data[9], data[12]) switch
                    {
                        (8, 0, 0) => 1,
                        (8, 4, 0) => 2,
                        (8, 2, 0) => 3,
                        (8, 6, 0) => 4,
                        _ => throw new InvalidDataException("Only 8-bit, non-interlaced grey, grey+alpha, RGB and RGBA images are read."),
                    };
                    break;
                case "IDAT":
                    compressed.Write(data);
                    break;
            }

            offset += 12 + length;
        }

        if (channels == 0)
        {
            throw new InvalidDataException("The PNG has no header.");
        }

        compressed.Position = 0;
        using var inflater = new ZLibStream(compressed, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflater.CopyTo(raw);
        return new PngImage(width, height, ToRgba(Unfilter(raw.ToArray(), width, height, channels), channels));
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int channels)
    {
        var stride = width * channels;
        if (raw.Length < height * (stride + 1))
        {
            throw new InvalidDataException("The PNG's image data is truncated.");
        }

        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var line = raw.AsSpan((y * (stride + 1)) + 1, stride);
            var row = pixels.AsSpan(y * stride, stride);
            var above = y == 0 ? new byte[stride] : pixels.AsSpan((y - 1) * stride, stride);
            for (var i = 0; i < stride; i++)
            {
                int left = i >= channels ? row[i - channels] : 0, up = above[i], corner = i >= channels && y > 0 ? above[i - channels] : 0;
                row[i] = (byte)(line[i] + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, corner),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter}."),
                });
            }
        }

        return pixels;
    }

    private static int Paeth(int left, int up, int corner)
    {
        var estimate = left + up - corner;
        var (toLeft, toUp, toCorner) = (Math.Abs(estimate - left), Math.Abs(estimate - up), Math.Abs(estimate - corner));
        return toLeft <= toUp && toLeft <= toCorner ? left : toUp <= toCorner ? up : corner;
    }

    private static byte[] ToRgba(byte[] pixels, int channels)
    {
        var count = pixels.Length / channels;
        var rgba = new byte[count * 4];
        for (var i = 0; i < count; i++)
        {
            var p = pixels.AsSpan(i * channels, channels);
            (rgba[i * 4], rgba[(i * 4) + 1], rgba[(i * 4) + 2], rgba[(i * 4) + 3]) = channels switch
            {
                1 => (p[0], p[0], p[0], (byte)255),
                2 => (p[0], p[0], p[0], p[1]),
                3 => (p[0], p[1], p[2], (byte)255),
                _ => (p[0], p[1], p[2], p[3]),
            };
        }

        return rgba;
    }
}
