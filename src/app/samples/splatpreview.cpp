#include "splatpreview.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <climits>
#include <cmath>

namespace qm {

namespace {

constexpr float kDegrees = 3.14159265358979f / 180.0f;
/// Degrees of orbit per pixel dragged.
constexpr float kOrbitPerPixel = 0.4f;
constexpr float kMaxPitch = 89.0f;
/// The distance is multiplied by this per wheel notch towards the screen.
constexpr double kZoomPerNotch = 0.85;
/// How far from the framing distance the wheel may go, in and out.
constexpr float kZoomRange = 50.0f;

const QColor kDarkBackground(24, 26, 30);
const QColor kLightBackground(236, 236, 236);

float wrappedDegrees(float degrees)
{
    degrees = std::fmod(degrees, 360.0f);
    if (degrees >= 180.0f)
        degrees -= 360.0f;
    else if (degrees < -180.0f)
        degrees += 360.0f;
    return degrees;
}

} // namespace

SplatPreview::SplatPreview(QWidget *parent)
    : QWidget(parent)
    , m_message(tr("No sample selected"))
{
    setObjectName(QStringLiteral("samplePreview"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::OpenHandCursor);
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &SplatPreview::settled);
    connect(&m_render, &QFutureWatcher<Frame>::finished, this, &SplatPreview::renderFinished);
}

SplatPreview::~SplatPreview() = default;

void SplatPreview::setCloud(std::shared_ptr<const SplatCloud> cloud, const SplatCamera &home)
{
    if (!cloud) {
        setMessage(tr("No sample selected"));
        return;
    }
    m_cloud = std::move(cloud);
    ++m_cloudEpoch;
    m_frame = {};
    m_frameFull = false;
    m_message.clear();
    m_home = home;
    m_camera = m_home;
    m_drag = Drag::None;
    m_moving = false;
    m_settle.stop();
    Q_EMIT cameraChanged();
    invalidate();
}

void SplatPreview::setMessage(const QString &message)
{
    m_cloud.reset();
    ++m_cloudEpoch;
    m_frame = {};
    m_frameFull = false;
    m_message = message;
    m_drag = Drag::None;
    m_moving = false;
    m_settle.stop();
    m_dirty = false;
    update();
}

void SplatPreview::resetView()
{
    setCamera(m_home);
}

void SplatPreview::setCamera(const SplatCamera &camera)
{
    m_camera = camera;
    m_camera.pitchDegrees = std::clamp(m_camera.pitchDegrees, -kMaxPitch, kMaxPitch);
    Q_EMIT cameraChanged();
    moved();
}

void SplatPreview::setDarkBackground(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    invalidate();
}

QColor SplatPreview::backgroundColour() const
{
    return m_dark ? kDarkBackground : kLightBackground;
}

void SplatPreview::setMovingSplatLimit(qsizetype limit)
{
    m_movingLimit = std::max<qsizetype>(1, limit);
}

void SplatPreview::moved()
{
    m_moving = true;
    m_settle.start();
    invalidate();
}

void SplatPreview::settled()
{
    // Holding the button still keeps the drag going: the release starts the timer again.
    if (m_drag != Drag::None)
        return;
    m_moving = false;
    // The frame shown (or coming) may already hold every splat: a small cloud.
    if (m_rendering ? !m_renderFull : !m_frameFull)
        invalidate();
    else
        update();
}

void SplatPreview::invalidate()
{
    m_dirty = true;
    if (!m_rendering)
        startRender();
    update();
}

bool SplatPreview::wouldDecimate() const
{
    return m_moving && m_cloud && m_cloud->size() > m_movingLimit;
}

void SplatPreview::startRender()
{
    // Hidden: the size is not known yet; showEvent()/resizeEvent() come back here.
    if (!m_cloud || !isVisible() || size().isEmpty())
        return;
    const qreal ratio = devicePixelRatioF();
    SplatRenderOptions options;
    options.size = (QSizeF(size()) * ratio).toSize();
    options.background = backgroundColour();
    options.maxSplats = m_moving ? m_movingLimit : 0;
    m_renderFull = !wouldDecimate();
    m_rendering = true;
    m_dirty = false;
    // The worker gets its own copies and a share of the cloud: nothing of this widget,
    // which may be gone when it finishes.
    m_render.setFuture(QtConcurrent::run([cloud = m_cloud, camera = m_camera, options, ratio,
                                          epoch = m_cloudEpoch, full = m_renderFull] {
        Frame frame;
        frame.image = renderSplats(*cloud, camera, options);
        frame.image.setDevicePixelRatio(ratio);
        frame.cloudEpoch = epoch;
        frame.full = full;
        return frame;
    }));
}

void SplatPreview::renderFinished()
{
    m_rendering = false;
    const Frame frame = m_render.result();
    const bool current = frame.cloudEpoch == m_cloudEpoch;
    if (current) {
        m_frame = frame.image;
        m_frameFull = frame.full;
        update();
    }
    // The camera moved while this one was drawn: draw the latest, once.
    if (m_dirty)
        startRender();
    if (current)
        Q_EMIT frameRendered(frame.full);
}

float SplatPreview::clampedDistance(float distance) const
{
    const float home = m_home.distance > 0 ? m_home.distance : 1.0f;
    return std::clamp(distance, home / kZoomRange, home * kZoomRange);
}

void SplatPreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), backgroundColour());
    const QColor ink = m_dark ? QColor(225, 228, 232) : QColor(40, 42, 46);
    if (!m_cloud) {
        painter.setPen(ink);
        painter.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                         m_message);
        return;
    }
    if (!m_frame.isNull())
        painter.drawImage(QRectF(rect()), m_frame);

    const QLocale locale;
    const qsizetype total = m_cloud->size();
    const int plural = int(std::min<qsizetype>(total, INT_MAX));
    QString count;
    if (m_frame.isNull()) {
        count = tr("Rendering %Ln splat(s)…", nullptr, plural);
    } else if (!m_frameFull) {
        // As renderSplats() spreads them: every step-th splat.
        const qsizetype step = (total + m_movingLimit - 1) / m_movingLimit;
        count = tr("%1 of %Ln splat(s) (decimated)", nullptr, plural)
                    .arg(locale.toString(qint64((total + step - 1) / step)));
    } else {
        count = tr("%Ln splat(s)", nullptr, plural);
    }
    const QString hint = tr("Drag: orbit · Shift-drag: pan · Wheel: zoom · R: reset · "
                            "B: background");

    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    painter.setFont(font);
    const QColor backdrop = [&] {
        QColor c = backgroundColour();
        c.setAlpha(170);
        return c;
    }();
    const auto label = [&](const QString &text, Qt::Alignment corner) {
        const QRect area = rect().adjusted(6, 6, -6, -6);
        const QRect box = painter.fontMetrics()
                              .boundingRect(area, int(corner) | Qt::TextSingleLine, text)
                              .adjusted(-4, -2, 4, 2);
        painter.fillRect(box, backdrop);
        painter.setPen(ink);
        painter.drawText(area, int(corner) | Qt::TextSingleLine, text);
    };
    label(count, Qt::AlignTop | Qt::AlignLeft);
    label(hint, Qt::AlignBottom | Qt::AlignLeft);
}

void SplatPreview::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // What changed while hidden was not drawn.
    if (m_cloud && (m_frame.isNull() || m_dirty) && !m_rendering)
        invalidate();
}

void SplatPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_cloud)
        moved();
}

void SplatPreview::mousePressEvent(QMouseEvent *event)
{
    const bool shift = event->modifiers().testFlag(Qt::ShiftModifier);
    if (event->button() == Qt::LeftButton)
        m_drag = shift ? Drag::Pan : Drag::Orbit;
    else if (event->button() == Qt::MiddleButton)
        m_drag = Drag::Pan;
    else
        return QWidget::mousePressEvent(event);
    m_dragFrom = event->position();
    setCursor(Qt::ClosedHandCursor);
    event->accept();
    if (m_cloud) {
        m_moving = true;
        m_settle.stop();
    }
}

void SplatPreview::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drag == Drag::None)
        return QWidget::mouseMoveEvent(event);
    event->accept();
    const QPointF delta = event->position() - m_dragFrom;
    m_dragFrom = event->position();
    if (!m_cloud || delta.isNull())
        return;
    SplatCamera camera = m_camera;
    if (m_drag == Drag::Orbit) {
        camera.yawDegrees = wrappedDegrees(camera.yawDegrees + float(delta.x()) * kOrbitPerPixel);
        camera.pitchDegrees += float(delta.y()) * kOrbitPerPixel;
    } else {
        // World units per pixel at the target's depth: what is under the pointer stays
        // under it.
        const float perPixel = 2 * camera.distance *
                               std::tan(camera.fieldOfViewDegrees * kDegrees / 2) /
                               float(std::max(1, height()));
        camera.pan[0] -= float(delta.x()) * perPixel;
        camera.pan[1] += float(delta.y()) * perPixel;
    }
    setCamera(camera);
}

void SplatPreview::mouseReleaseEvent(QMouseEvent *event)
{
    const bool ends = (event->button() == Qt::LeftButton && m_drag != Drag::None) ||
                      (event->button() == Qt::MiddleButton && m_drag == Drag::Pan);
    if (!ends)
        return QWidget::mouseReleaseEvent(event);
    event->accept();
    m_drag = Drag::None;
    setCursor(Qt::OpenHandCursor);
    if (m_moving)
        m_settle.start(); // settles kSettleMs after the last input
}

void SplatPreview::wheelEvent(QWheelEvent *event)
{
    if (!m_cloud)
        return QWidget::wheelEvent(event);
    event->accept();
    // A notch is 120; a touchpad sends smaller steps, or only pixels.
    double notches = event->angleDelta().y() / 120.0;
    if (notches == 0)
        notches = event->pixelDelta().y() / 50.0;
    if (notches == 0)
        return;
    SplatCamera camera = m_camera;
    camera.distance = clampedDistance(float(camera.distance * std::pow(kZoomPerNotch, notches)));
    setCamera(camera);
}

void SplatPreview::keyPressEvent(QKeyEvent *event)
{
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (plain && event->key() == Qt::Key_R) {
        resetView();
        return event->accept();
    }
    if (plain && event->key() == Qt::Key_B) {
        setDarkBackground(!m_dark);
        return event->accept();
    }
    QWidget::keyPressEvent(event);
}

} // namespace qm
