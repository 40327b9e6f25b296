// The sample preview: a cloud is drawn off the GUI thread into a full frame; dragging
// orbits and draws decimated frames until the camera settles; Shift-drag pans, the wheel
// zooms, R resets, B switches the background; the latest camera wins over a burst of
// changes; frames of a cloud replaced meanwhile never show.
#include "app/samples/splatpreview.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>

using namespace qm;

namespace {

/// Orange splats filling a ball of radius 1 around (1, 2, 3): `step` apart on a grid.
std::shared_ptr<SplatCloud> ball(float step = 0.1f)
{
    auto cloud = std::make_shared<SplatCloud>();
    const int n = int(std::lround(1 / step));
    for (int i = -n; i <= n; ++i)
        for (int j = -n; j <= n; ++j)
            for (int k = -n; k <= n; ++k) {
                const float x = float(i) * step, y = float(j) * step, z = float(k) * step;
                if (x * x + y * y + z * z > 1)
                    continue;
                cloud->positions.insert(cloud->positions.end(), {1 + x, 2 + y, 3 + z});
                cloud->colours.push_back(0xff8020);
                cloud->alphas.push_back(1);
                cloud->scales.push_back(0.03f);
            }
    return cloud;
}

bool sameCamera(const SplatCamera &a, const SplatCamera &b)
{
    return a.target == b.target && a.distance == b.distance && a.yawDegrees == b.yawDegrees &&
           a.pitchDegrees == b.pitchDegrees && a.pan == b.pan &&
           a.fieldOfViewDegrees == b.fieldOfViewDegrees;
}

/// Of the pixels in the middle quarter of `image`, the share that are not `background`.
double coveredShare(const QImage &image, const QColor &background)
{
    const QRect middle(image.width() * 3 / 8, image.height() * 3 / 8, image.width() / 4,
                       image.height() / 4);
    int covered = 0;
    for (int y = middle.top(); y <= middle.bottom(); ++y)
        for (int x = middle.left(); x <= middle.right(); ++x)
            covered += image.pixelColor(x, y) != background;
    return double(covered) / (middle.width() * middle.height());
}

void wheel(QWidget *widget, int angle)
{
    const QPointF at(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent event(at, widget->mapToGlobal(at), QPoint(), QPoint(0, angle), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

} // namespace

class TestSplatPreview : public QObject
{
    Q_OBJECT

    std::shared_ptr<SplatCloud> m_ball = ball();
    SplatCamera m_home = framingCamera(*m_ball);
    std::unique_ptr<QWidget> m_window;
    QLineEdit *m_edit = nullptr;
    SplatPreview *m_preview = nullptr;

    QPoint centre() const { return m_preview->rect().center(); }

private Q_SLOTS:
    void init()
    {
        // A window with something else focused first: a click must take the focus.
        m_window = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_window.get());
        m_edit = new QLineEdit(m_window.get());
        m_preview = new SplatPreview(m_window.get());
        layout->addWidget(m_edit);
        layout->addWidget(m_preview);
        m_window->resize(360, 300);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_edit->setFocus();
    }
    void cleanup()
    {
        m_window.reset();
        m_preview = nullptr;
        QThreadPool::globalInstance()->waitForDone();
    }

    void drawsTheCloudInAFullFrame()
    {
        QCOMPARE(m_preview->objectName(), QStringLiteral("samplePreview"));
        QCOMPARE(m_preview->message(), SplatPreview::tr("No sample selected"));
        QSignalSpy rendered(m_preview, &SplatPreview::frameRendered);
        m_preview->setCloud(m_ball, m_home);
        QVERIFY(m_preview->message().isEmpty());
        QVERIFY(sameCamera(m_preview->camera(), m_home));
        QTRY_VERIFY(!rendered.isEmpty() && rendered.last().at(0).toBool());
        const QImage frame = m_preview->lastFrame();
        QVERIFY(m_preview->lastFrameFull());
        QCOMPARE(frame.size(), m_preview->size() * m_preview->devicePixelRatio());
        // The ball in the middle, the background in the corner.
        QVERIFY2(coveredShare(frame, m_preview->backgroundColour()) > 0.9,
                 qPrintable(QString::number(coveredShare(frame, m_preview->backgroundColour()))));
        QCOMPARE(frame.pixelColor(0, 0), m_preview->backgroundColour());
        QCOMPARE(frame.pixelColor(frame.width() / 2, frame.height() / 2), QColor(0xff8020));
    }

    void clearingShowsAMessageAndDropsFramesInFlight()
    {
        QSignalSpy rendered(m_preview, &SplatPreview::frameRendered);
        m_preview->setCloud(ball(0.02f), m_home); // ~520,000 splats: still being drawn below
        m_preview->setCloud(nullptr, {});
        QCOMPARE(m_preview->message(), SplatPreview::tr("No sample selected"));
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(50);
        QCOMPARE(rendered.count(), 0);
        QVERIFY(m_preview->lastFrame().isNull());

        m_preview->setCloud(m_ball, m_home);
        QTRY_VERIFY(!m_preview->lastFrame().isNull());
        m_preview->setMessage(QStringLiteral("Loading sample.ply…"));
        QCOMPARE(m_preview->message(), QStringLiteral("Loading sample.ply…"));
        QVERIFY(m_preview->lastFrame().isNull());
        QVERIFY(!m_preview->cloud());
    }

    void dragOrbitsDecimatedThenSettlesInFull()
    {
        m_preview->setMovingSplatLimit(500); // the ball has ~4,200
        m_preview->setCloud(m_ball, m_home);
        QTRY_VERIFY(m_preview->lastFrameFull());
        QSignalSpy rendered(m_preview, &SplatPreview::frameRendered);
        const SplatCamera before = m_preview->camera();

        QTest::mousePress(m_preview, Qt::LeftButton, {}, centre());
        QVERIFY(m_preview->hasFocus());
        QTest::mouseMove(m_preview, centre() + QPoint(50, 20));
        QVERIFY(std::abs(m_preview->camera().yawDegrees - before.yawDegrees) > 10);
        QVERIFY(m_preview->camera().pitchDegrees > before.pitchDegrees);
        QVERIFY(m_preview->isMoving());
        QTRY_VERIFY(!rendered.isEmpty());
        QCOMPARE(rendered.first().at(0).toBool(), false);
        QVERIFY(!m_preview->lastFrameFull());
        // Fewer splats drawn: gaps between them.
        const double decimated =
            coveredShare(m_preview->lastFrame(), m_preview->backgroundColour());
        // Holding the button still is still a drag: no full frame yet.
        QTest::qWait(3 * SplatPreview::kSettleMs);
        QVERIFY(m_preview->isMoving());
        QVERIFY(!m_preview->lastFrameFull());

        // The pitch stops short of the pole.
        QTest::mouseMove(m_preview, centre() + QPoint(50, 2000));
        QCOMPARE(m_preview->camera().pitchDegrees, 89.0f);

        QTest::mouseRelease(m_preview, Qt::LeftButton, {}, centre() + QPoint(50, 2000));
        QTRY_VERIFY(!m_preview->isMoving());
        QTRY_VERIFY(rendered.last().at(0).toBool());
        QVERIFY(m_preview->lastFrameFull());
        const double full = coveredShare(m_preview->lastFrame(), m_preview->backgroundColour());
        QVERIFY2(decimated < 0.8 * full, qPrintable(QStringLiteral("%1 of the middle covered "
                                                                   "while moving, %2 still")
                                                        .arg(decimated)
                                                        .arg(full)));
    }

    void smallCloudNeedsNoSecondFrame()
    {
        // Under the limit a frame drawn while moving is already full.
        m_preview->setCloud(m_ball, m_home);
        QTRY_VERIFY(m_preview->lastFrameFull());
        QSignalSpy rendered(m_preview, &SplatPreview::frameRendered);
        QTest::mousePress(m_preview, Qt::LeftButton, {}, centre());
        QTest::mouseMove(m_preview, centre() + QPoint(30, 0));
        QTest::mouseRelease(m_preview, Qt::LeftButton, {}, centre() + QPoint(30, 0));
        QTRY_VERIFY(!m_preview->isMoving());
        QTest::qWait(50);
        QCOMPARE(rendered.count(), 1);
        QCOMPARE(rendered.first().at(0).toBool(), true);
    }

    void wheelZooms()
    {
        m_preview->setCloud(m_ball, m_home);
        const float home = m_preview->camera().distance;
        wheel(m_preview, 120); // one notch towards the screen
        QVERIFY(m_preview->camera().distance < home * 0.9f);
        wheel(m_preview, -240);
        QVERIFY(m_preview->camera().distance > home * 1.1f);
        for (int i = 0; i < 100; ++i)
            wheel(m_preview, -120);
        QVERIFY(m_preview->camera().distance <= home * 50.0f);
        for (int i = 0; i < 200; ++i)
            wheel(m_preview, 120);
        QVERIFY(m_preview->camera().distance >= home / 50.0f);
        QVERIFY(m_preview->camera().distance > 0);
        QVERIFY(m_preview->isMoving());
        QTRY_VERIFY(!m_preview->isMoving());
    }

    void shiftDragPans()
    {
        m_preview->setCloud(m_ball, m_home);
        const SplatCamera before = m_preview->camera();
        QTest::mousePress(m_preview, Qt::LeftButton, Qt::ShiftModifier, centre());
        QTest::mouseMove(m_preview, centre() + QPoint(40, 30));
        QTest::mouseRelease(m_preview, Qt::LeftButton, Qt::ShiftModifier,
                            centre() + QPoint(40, 30));
        const SplatCamera after = m_preview->camera();
        QCOMPARE(after.yawDegrees, before.yawDegrees);
        QCOMPARE(after.pitchDegrees, before.pitchDegrees);
        // Right and down moves the view left and up: what was under the pointer follows it.
        QVERIFY(after.pan[0] < before.pan[0]);
        QVERIFY(after.pan[1] > before.pan[1]);
        // 40 pixels at the target's depth, in world units.
        const float perPixel = 2 * before.distance *
                               std::tan(before.fieldOfViewDegrees * 3.14159265f / 360) /
                               float(m_preview->height());
        QVERIFY(std::abs(before.pan[0] - after.pan[0] - 40 * perPixel) < 1e-4f);

        // The middle button pans too.
        QTest::mousePress(m_preview, Qt::MiddleButton, {}, centre());
        QTest::mouseMove(m_preview, centre() + QPoint(-40, 0));
        QTest::mouseRelease(m_preview, Qt::MiddleButton, {}, centre() + QPoint(-40, 0));
        QVERIFY(std::abs(m_preview->camera().pan[0] - before.pan[0]) < 1e-4f);
        QCOMPARE(m_preview->camera().yawDegrees, before.yawDegrees);
    }

    void keyRResetsTheView()
    {
        m_preview->setCloud(m_ball, m_home);
        QTest::mousePress(m_preview, Qt::LeftButton, {}, centre());
        QTest::mouseMove(m_preview, centre() + QPoint(60, -30));
        QTest::mouseRelease(m_preview, Qt::LeftButton, {}, centre() + QPoint(60, -30));
        QTest::mousePress(m_preview, Qt::LeftButton, Qt::ShiftModifier, centre());
        QTest::mouseMove(m_preview, centre() + QPoint(10, 10));
        QTest::mouseRelease(m_preview, Qt::LeftButton, Qt::ShiftModifier,
                            centre() + QPoint(10, 10));
        wheel(m_preview, 360);
        QVERIFY(!sameCamera(m_preview->camera(), m_home));
        QVERIFY(m_preview->hasFocus());
        QTest::keyClick(m_preview, Qt::Key_R);
        QVERIFY(sameCamera(m_preview->camera(), m_home));
    }

    void keyBSwitchesTheBackground()
    {
        m_preview->setCloud(m_ball, m_home);
        QTRY_VERIFY(m_preview->lastFrameFull());
        QVERIFY(m_preview->darkBackground());
        const QColor dark = m_preview->lastFrame().pixelColor(0, 0);
        QCOMPARE(dark, m_preview->backgroundColour());
        QVERIFY(dark.lightness() < 80);

        m_preview->setFocus();
        QTest::keyClick(m_preview, Qt::Key_B);
        QVERIFY(!m_preview->darkBackground());
        QTRY_VERIFY(m_preview->lastFrame().pixelColor(0, 0) != dark);
        QVERIFY(m_preview->lastFrame().pixelColor(0, 0).lightness() > 180);

        QTest::keyClick(m_preview, Qt::Key_B);
        QVERIFY(m_preview->darkBackground());
        QTRY_COMPARE(m_preview->lastFrame().pixelColor(0, 0), dark);
    }

    void latestCameraWins()
    {
        auto cloud = ball(0.05f); // ~33,000 splats
        m_preview->setCloud(cloud, framingCamera(*cloud));
        QTRY_VERIFY(m_preview->lastFrameFull());
        QSignalSpy rendered(m_preview, &SplatPreview::frameRendered);
        SplatCamera camera = m_preview->camera();
        for (int i = 0; i < 30; ++i) {
            camera.yawDegrees += 3;
            m_preview->setCamera(camera);
        }
        QTRY_VERIFY(!m_preview->isMoving() && !m_preview->isRendering() &&
                    m_preview->lastFrameFull());
        // The one in flight, at most one for the latest camera, then the full one: no
        // frame per change.
        QVERIFY2(rendered.count() <= 3, qPrintable(QString::number(rendered.count())));
        SplatRenderOptions options;
        options.size = m_preview->lastFrame().size();
        options.background = m_preview->backgroundColour();
        QImage expected = renderSplats(*cloud, camera, options);
        QVERIFY(m_preview->lastFrame().convertToFormat(expected.format()) == expected);
    }

    void destroyedWhileRendering()
    {
        auto cloud = ball(0.02f);
        m_preview->setCloud(cloud, framingCamera(*cloud));
        m_window.reset(); // the render goes on with its share of the cloud
        m_preview = nullptr;
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(20);
    }
};

QTEST_MAIN(TestSplatPreview)
#include "tst_splatpreview.moc"
