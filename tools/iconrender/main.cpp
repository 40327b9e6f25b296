// qm_iconrender SVG OUTPUT [SIZE]
//   OUTPUT ending in .png: render SVG at SIZE x SIZE pixels.
//   OUTPUT ending in .icns: write a macOS icon file with PNG images of 128 to 1024 px.

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>

namespace {

QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    painter.end();
    return image;
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

void appendBigEndian32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: qm_iconrender SVG OUTPUT.png SIZE | SVG OUTPUT.icns\n");
        return 2;
    }
    QSvgRenderer svg(args[1]);
    if (!svg.isValid()) {
        std::fprintf(stderr, "qm_iconrender: cannot read %s\n", qPrintable(args[1]));
        return 1;
    }
    const QString output = args[2];
    QByteArray data;
    if (output.endsWith(QLatin1String(".icns"))) {
        struct Entry
        {
            const char *type;
            int size;
        };
        const Entry entries[] = {{"ic07", 128}, {"ic08", 256}, {"ic09", 512}, {"ic10", 1024}};
        QByteArray body;
        for (const Entry &entry : entries) {
            const QByteArray image = png(render(svg, entry.size));
            body.append(entry.type, 4);
            appendBigEndian32(body, quint32(image.size() + 8));
            body.append(image);
        }
        data.append("icns", 4);
        appendBigEndian32(data, quint32(body.size() + 8));
        data.append(body);
    } else {
        const int size = args.size() > 3 ? args[3].toInt() : 256;
        if (size <= 0 || size > 4096) {
            std::fprintf(stderr, "qm_iconrender: bad size\n");
            return 2;
        }
        data = png(render(svg, size));
    }
    QFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.flush()) {
        std::fprintf(stderr, "qm_iconrender: cannot write %s\n", qPrintable(output));
        return 1;
    }
    return 0;
}
