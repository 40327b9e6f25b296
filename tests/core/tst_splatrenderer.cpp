// The CPU splat renderer: a known cloud lands on the expected pixels, turned by yaw;
// the nearer opaque splat hides the farther whatever the order; alpha blends; size
// follows scale; decimation draws a spread subset; the framing camera sees the cloud.

#include "samples/splatrenderer.h"

#include <QTest>

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
        const SplatCamera camera = framingCamera(plyStatistics(cloud));
        QCOMPARE(camera.target, (std::array<float, 3>{105, 210, 295}));
        QCOMPARE(colouredPixels(renderSplats(cloud, camera, small())), 4);
    }
};

QTEST_GUILESS_MAIN(TestSplatRenderer)
#include "tst_splatrenderer.moc"
