// The CPU splat renderer: a known cloud lands on the expected pixels, turned by yaw;
// the nearer opaque splat hides the farther whatever the order; alpha blends; size
// follows scale; decimation draws a spread subset; the framing camera sees the cloud,
// and frames an exploded sample on its body, not on the splats flung far away.

#include "core/samples/splatrenderer.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace qm;

namespace {

SplatCloud cloudOf(const QList<std::array<float, 3>> &points, const QList<quint32> &colours = {},
                   const QList<float> &alphas = {}, const QList<float> &scales = {})
{
    SplatCloud cloud;
    for (const auto &p : points)
        cloud.positions.insert(cloud.positions.end(), p.begin(), p.end());
    cloud.colours.assign(colours.begin(), colours.end());
    cloud.alphas.assign(alphas.begin(), alphas.end());
    cloud.scales.assign(scales.begin(), scales.end());
    return cloud;
}

SplatCamera lookingAtOrigin(float yaw = 0)
{
    SplatCamera camera;
    camera.distance = 5;
    camera.yawDegrees = yaw;
    return camera;
}

SplatRenderOptions small()
{
    SplatRenderOptions options;
    options.size = {101, 101};
    return options;
}

int colouredPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += image.pixel(x, y) != qRgb(0, 0, 0);
    return n;
}

/// The box of the lit pixels that have at least four lit neighbours.
QRect denseBox(const QImage &image)
{
    const auto lit = [&image](int x, int y) {
        return image.rect().contains(x, y) && image.pixel(x, y) != qRgb(0, 0, 0);
    };
    QRect box;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            int neighbours = 0;
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx)
                    neighbours += (dx != 0 || dy != 0) && lit(x + dx, y + dy);
            if (lit(x, y) && neighbours >= 4)
                box |= QRect(x, y, 1, 1);
        }
    return box;
}

/// `body` splats filling a ball of radius 1 around (5, -3, 2), then `outliers` flung 100
/// to 2,000 units from it: in every direction, or all towards +x (`oneSided`).
SplatCloud explodedBall(int body, int outliers, bool oneSided)
{
    QRandomGenerator random(2025);
    const auto uniform = [&random](double low, double high) {
        return float(low + (high - low) * random.generateDouble());
    };
    QList<std::array<float, 3>> points;
    while (points.size() < body) {
        const float x = uniform(-1, 1), y = uniform(-1, 1), z = uniform(-1, 1);
        if (x * x + y * y + z * z <= 1)
            points.append({5 + x, -3 + y, 2 + z});
    }
    for (int i = 0; i < outliers; ++i) {
        float x = uniform(-1, 1), y = uniform(-1, 1), z = uniform(-1, 1);
        if (oneSided)
            x = 1 + std::abs(x);
        const float length = std::sqrt(x * x + y * y + z * z);
        const float distance = uniform(100, 2000);
        points.append(
            {5 + x / length * distance, -3 + y / length * distance, 2 + z / length * distance});
    }
    return cloudOf(points, QList<quint32>(points.size(), 0xffffff));
}

} // namespace

class TestSplatRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPointLandsWhereTheCameraProjectsIt()
    {
        const QImage image =
            renderSplats(cloudOf({{0, 0, 0}}, {0xff0000}), lookingAtOrigin(), small());
        QCOMPARE(image.size(), QSize(101, 101));
        QCOMPARE(image.pixel(50, 50), qRgb(255, 0, 0));
        QCOMPARE(colouredPixels(image), 1);

        // One unit to the right, five in front of the eye, 45° field of view: the
        // focal length is 50.5 / tan(22.5°) pixels, so it lands 24.4 pixels right.
        const SplatCloud right = cloudOf({{1, 0, 0}}, {0x00ff00});
        QCOMPARE(renderSplats(right, lookingAtOrigin(), small()).pixel(74, 50), qRgb(0, 255, 0));
        // Up is up on the screen: 50.5 − 24.4 = 26.1, row 26.
        QCOMPARE(renderSplats(cloudOf({{0, 1, 0}}, {0x0000ff}), lookingAtOrigin(), small())
                     .pixel(50, 26),
                 qRgb(0, 0, 255));
        // Turned 90° about the vertical axis, the point on +x is straight ahead, farther.
        QCOMPARE(renderSplats(right, lookingAtOrigin(90), small()).pixel(50, 50), qRgb(0, 255, 0));
        // Behind the eye: nothing.
        QCOMPARE(colouredPixels(renderSplats(cloudOf({{0, 0, 6}}), lookingAtOrigin(), small())), 0);
    }

    void theNearerOpaqueSplatWinsInAnyOrder()
    {
        const std::array<float, 3> near = {0, 0, 1}; // towards the eye
        const std::array<float, 3> far = {0, 0, -1};
        for (const bool nearFirst : {true, false}) {
            const SplatCloud cloud = nearFirst ? cloudOf({near, far}, {0xff0000, 0x0000ff})
                                               : cloudOf({far, near}, {0x0000ff, 0xff0000});
            QCOMPARE(renderSplats(cloud, lookingAtOrigin(), small()).pixel(50, 50),
                     qRgb(255, 0, 0));
        }
    }

    void alphaBlendsOverTheBackground()
    {
        const QImage image =
            renderSplats(cloudOf({{0, 0, 0}}, {0xffffff}, {0.5f}), lookingAtOrigin(), small());
        QVERIFY(qAbs(qRed(image.pixel(50, 50)) - 128) <= 1); // half of white over black
        // Fully transparent: nothing drawn, and a splat without colour is grey.
        QCOMPARE(colouredPixels(renderSplats(cloudOf({{0, 0, 0}}, {0xffffff}, {0.0f}),
                                             lookingAtOrigin(), small())),
                 0);
        QCOMPARE(renderSplats(cloudOf({{0, 0, 0}}), lookingAtOrigin(), small()).pixel(50, 50),
                 qRgb(0xb0, 0xb0, 0xb0));
    }

    void sizeFollowsScaleUpToTheCap()
    {
        // A scale of 0.2 five units away: 0.2 · 121.9 / 5 = 4.9 pixels, so a 9 × 9 square
        // (radius 4, the default cap).
        const SplatCloud big = cloudOf({{0, 0, 0}}, {0xffffff}, {1.0f}, {0.2f});
        QCOMPARE(colouredPixels(renderSplats(big, lookingAtOrigin(), small())), 81);
        SplatRenderOptions capped = small();
        capped.maxRadius = 1;
        QCOMPARE(colouredPixels(renderSplats(big, lookingAtOrigin(), capped)), 9);
        const SplatCloud tiny = cloudOf({{0, 0, 0}}, {0xffffff}, {1.0f}, {0.001f});
        QCOMPARE(colouredPixels(renderSplats(tiny, lookingAtOrigin(), small())), 1);
    }

    void decimationDrawsASpreadSubset()
    {
        QList<std::array<float, 3>> row;
        for (int i = 0; i < 10; ++i)
            row.append({float(i - 5) * 0.2f, 0, 0});
        const SplatCloud cloud = cloudOf(row, QList<quint32>(10, 0xffffff));
        SplatRenderOptions options = small();
        QCOMPARE(colouredPixels(renderSplats(cloud, lookingAtOrigin(), options)), 10);
        options.maxSplats = 5;
        QCOMPARE(colouredPixels(renderSplats(cloud, lookingAtOrigin(), options)), 5);
    }

    void manySplatsDrawnInBandsGiveTheSamePicture()
    {
        // Enough splats for several threads, each drawing a band of rows: a column of
        // points down the middle, every row, with large squares straddling the bands.
        QList<std::array<float, 3>> column;
        QList<float> scales;
        for (int i = 0; i < 150'000; ++i) {
            column.append({0, 2.0f - 4.0f * float(i % 101) / 100.0f, 0});
            scales.append(i % 7 == 0 ? 0.02f : 0.0001f);
        }
        const SplatCloud many =
            cloudOf(column, QList<quint32>(column.size(), 0xffffff), {}, scales);
        // The same picture from the 101 distinct points alone (one thread).
        const SplatCloud few = cloudOf(column.mid(0, 101), QList<quint32>(101, 0xffffff), {},
                                       QList<float>(101, 0.02f));
        QCOMPARE(renderSplats(many, lookingAtOrigin(), small()),
                 renderSplats(few, lookingAtOrigin(), small()));
    }

    void theFramingCameraSeesTheWholeCloud()
    {
        const SplatCloud cloud =
            cloudOf({{100, 200, 300}, {110, 200, 300}, {100, 220, 300}, {100, 200, 290}},
                    QList<quint32>(4, 0xffffff));
        const SplatCamera camera = framingCamera(cloud);
        QCOMPARE(camera.target, (std::array<float, 3>{105, 210, 295}));
        QCOMPARE(colouredPixels(renderSplats(cloud, camera, small())), 4);
        QCOMPARE(frameSplats(cloud).outliers, 0); // too few to tell outliers
    }

    void anExplodedSampleIsFramedOnItsBody_data()
    {
        QTest::addColumn<int>("outliers");
        QTest::addColumn<bool>("oneSided");
        QTest::newRow("clean") << 0 << false;
        QTest::newRow("1 % around") << 100 << false;
        QTest::newRow("2 % around") << 200 << false;
        QTest::newRow("2 % to one side") << 200 << true;
        QTest::newRow("5 % to one side") << 500 << true;
    }

    void anExplodedSampleIsFramedOnItsBody()
    {
        QFETCH(int, outliers);
        QFETCH(bool, oneSided);
        const int body = 10'000 - outliers;
        const SplatCloud cloud = explodedBall(body, outliers, oneSided);
        // The ball (radius 1) fills a good part of the picture, in its middle: its
        // bounding sphere fits the view, so it spans about half the height.
        SplatRenderOptions options;
        options.size = {160, 120};
        const SplatCamera camera = framingCamera(cloud);
        const QImage image = renderSplats(cloud, camera, options);
        const double share = double(colouredPixels(image)) / (160 * 120);
        QVERIFY2(share > 0.10 && share < 0.5, qPrintable(QString::number(share)));
        int middle = 0; // of the 40 × 30 pixels around the centre
        for (int y = 45; y < 75; ++y)
            for (int x = 60; x < 100; ++x)
                middle += image.pixel(x, y) != qRgb(0, 0, 0);
        QVERIFY2(middle > 40 * 30 * 9 / 10, qPrintable(QString::number(middle)));
        // The box of the pixels lit among lit neighbours (the ball, not a stray outlier):
        // about half the height or more, in the middle.
        const QRect ball = denseBox(image);
        QVERIFY2(ball.height() >= 48 && ball.width() >= 48,
                 qPrintable(QStringLiteral("%1 × %2").arg(ball.width()).arg(ball.height())));
        QVERIFY2(qAbs(ball.center().x() - 80) <= 4 && qAbs(ball.center().y() - 60) <= 4,
                 qPrintable(QStringLiteral("%1,%2").arg(ball.center().x()).arg(ball.center().y())));

        // Framed on the body; the rest counted as outliers.
        const SplatFraming framing = frameSplats(cloud);
        QCOMPARE(framing.framed, body);
        QCOMPARE(framing.outliers, outliers);

        // The outliers are not dropped: stepping far back shows them around the ball.
        if (outliers > 0) {
            SplatCamera far = camera;
            far.distance *= 600;
            const QImage wide = renderSplats(cloud, far, options);
            int away = 0;
            for (int y = 0; y < wide.height(); ++y)
                for (int x = 0; x < wide.width(); ++x)
                    away +=
                        wide.pixel(x, y) != qRgb(0, 0, 0) && (qAbs(x - 80) > 3 || qAbs(y - 60) > 3);
            QVERIFY2(away >= outliers / 4, qPrintable(QString::number(away)));
        }
    }

    void framingSkipsNonFiniteSplats()
    {
        SplatCloud cloud = explodedBall(1000, 0, false);
        const float nan = std::numeric_limits<float>::quiet_NaN();
        cloud.positions.insert(cloud.positions.end(), {nan, 0, 0});
        cloud.positions.insert(cloud.positions.end(),
                               {0, std::numeric_limits<float>::infinity(), 0});
        cloud.colours.insert(cloud.colours.end(), {0xffffff, 0xffffff});
        const SplatFraming framing = frameSplats(cloud);
        QCOMPARE(framing.framed, 1000);
        QCOMPARE(framing.outliers, 0);
        const SplatCamera camera = framingCamera(framing);
        for (size_t axis = 0; axis < 3; ++axis)
            QVERIFY(std::isfinite(camera.target[axis]));
        QVERIFY(std::isfinite(camera.distance) && camera.distance > 1);
        // Nothing finite: the default camera.
        QCOMPARE(framingCamera(cloudOf({{nan, nan, nan}})).distance, SplatCamera().distance);
    }
};

QTEST_GUILESS_MAIN(TestSplatRenderer)
#include "tst_splatrenderer.moc"
