#pragma once

#include "core/samples/splatrenderer.h"

#include <QFutureWatcher>
#include <QImage>
#include <QPointF>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace qm {

/// The interactive 3D preview of one sample: the cloud drawn by renderSplats() on a
/// worker thread, orbited, panned and zoomed with the mouse. While the camera moves
/// (a drag, a wheel turn, a resize, and kSettleMs after the last of them) it draws at
/// most movingSplatLimit() splats so that it follows the hand; once still, it draws
/// them all. At most one frame is rendered at a time; a change meanwhile renders again
/// when it finishes (the latest camera wins, nothing queues up). The widget shows the
/// latest finished frame scaled to its size, with the splat count and the controls in
/// its corners.
///
/// Mouse: left-drag orbits, Shift+left-drag or middle-drag pans, the wheel zooms.
/// Keys: R resets the view, B switches between a dark and a light background.
class SplatPreview : public QWidget
{
    Q_OBJECT

public:
    /// How long the camera counts as moving after the last input.
    static constexpr int kSettleMs = 150;
    /// The default of movingSplatLimit().
    static constexpr qsizetype kMovingSplats = 150'000;

    explicit SplatPreview(QWidget *parent = nullptr);
    /// Does not wait for a frame being rendered: the worker holds only its own copies
    /// and a shared reference to the cloud, and its result is dropped.
    ~SplatPreview() override;

    /// Shows `cloud` (shared with the worker threads; never changed through it) from
    /// `home`, the camera that frames it (framingCamera() of the cloud, computed where
    /// the cloud was decoded: never on the GUI thread) and the one R goes back to.
    /// nullptr clears the preview and shows "No sample selected". A frame of a previous
    /// cloud still being rendered is never shown.
    void setCloud(std::shared_ptr<const SplatCloud> cloud, const SplatCamera &home);
    /// Drops the cloud and shows `message` centred instead: that a sample is loading, or
    /// why it cannot be shown.
    void setMessage(const QString &message);
    /// The centred text shown instead of a cloud; empty while a cloud is shown.
    QString message() const { return m_message; }
    std::shared_ptr<const SplatCloud> cloud() const { return m_cloud; }

    /// Back to the camera that frames the cloud (key R).
    void resetView();
    SplatCamera camera() const { return m_camera; }
    /// Moves the camera as if by hand (drawn decimated, then in full once settled); the
    /// pitch is clamped to ±89°.
    void setCamera(const SplatCamera &camera);

    /// Dark (the default) or light background (key B toggles).
    bool darkBackground() const { return m_dark; }
    void setDarkBackground(bool dark);
    /// The colour the frames are drawn on.
    QColor backgroundColour() const;

    /// How many splats a frame drawn while moving draws at most (≥ 1).
    qsizetype movingSplatLimit() const { return m_movingLimit; }
    void setMovingSplatLimit(qsizetype limit);

    /// True from the first input of a move until kSettleMs after the last.
    bool isMoving() const { return m_moving; }
    /// Whether a frame is being drawn now.
    bool isRendering() const { return m_rendering; }
    /// The latest finished frame (at the widget's size × devicePixelRatio when it was
    /// asked for), without the overlay texts; null while there is no cloud or before
    /// the first frame of this cloud.
    QImage lastFrame() const { return m_frame; }
    /// Whether lastFrame() draws every splat of the cloud.
    bool lastFrameFull() const { return m_frameFull; }

    QSize sizeHint() const override { return {480, 360}; }
    QSize minimumSizeHint() const override { return {160, 120}; }

Q_SIGNALS:
    /// A frame of the current cloud finished and is shown; `full` as lastFrameFull().
    void frameRendered(bool full);
    /// The camera changed (by hand, setCamera(), resetView() or setCloud()).
    void cameraChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Drag { None, Orbit, Pan };
    struct Frame
    {
        QImage image;
        quint64 cloudEpoch = 0;
        bool full = false;
    };

    /// An input moved the camera (or the view): draw decimated until it settles.
    void moved();
    void settled();
    /// Something the frame depends on changed: render when no render is in flight.
    void invalidate();
    void startRender();
    void renderFinished();
    /// Whether a frame drawn now would leave splats out.
    bool wouldDecimate() const;
    float clampedDistance(float distance) const;

    std::shared_ptr<const SplatCloud> m_cloud;
    quint64 m_cloudEpoch =
        0;              ///< counts setCloud()/setMessage(): frames of older clouds are dropped
    SplatCamera m_home; ///< the camera that frames the cloud
    SplatCamera m_camera;
    QString m_message;
    bool m_dark = true;
    qsizetype m_movingLimit = kMovingSplats;

    bool m_moving = false;
    QTimer m_settle;
    Drag m_drag = Drag::None;
    QPointF m_dragFrom;

    QFutureWatcher<Frame> m_render;
    bool m_rendering = false;
    bool m_dirty = false;      ///< a change since the in-flight render was asked for
    bool m_renderFull = false; ///< the in-flight render draws every splat
    QImage m_frame;
    bool m_frameFull = false;
};

} // namespace qm
