#pragma once

// Drawing a SplatCloud on the CPU into a QImage: the same pixels offscreen, under Xvfb
// and on macOS, for the preview and for thumbnails.

#include "plyfile.h"

#include <QColor>
#include <QImage>
#include <QSize>

#include <array>

namespace qm {

/// Where the eye is: orbiting `target` at `distance`, turned by `yawDegrees` about the
/// vertical (y) axis and `pitchDegrees` about the horizontal one, with the view shifted
/// by `pan` (in world units, along the screen's right and up).
struct SplatCamera
{
    std::array<float, 3> target = {0, 0, 0};
    float distance = 1;
    float yawDegrees = 0;
    float pitchDegrees = 0;
    std::array<float, 2> pan = {0, 0};
    float fieldOfViewDegrees = 45; ///< vertical
};

/// A camera that frames the cloud's finite bounding box (from its statistics), looking
/// from `yaw` and `pitch`.
SplatCamera framingCamera(const PlyStatistics &stats, float yawDegrees = 30,
                          float pitchDegrees = 20);

struct SplatRenderOptions
{
    QSize size = {800, 600};
    QColor background = Qt::black;
    /// Draw at most this many splats, evenly spread over the cloud (a fluid preview
    /// while moving); 0: all.
    qsizetype maxSplats = 0;
    /// The largest radius a splat is drawn with, in pixels (a few huge splats must not
    /// paint the whole image).
    int maxRadius = 4;
};

/// Draws `cloud` as depth-tested points: each where the camera projects it, as a square
/// sized by its scale (at least one pixel), in its colour (grey without one), blended by
/// its alpha over what is behind it; a nearer opaque splat (alpha ≥ 0.5) hides those
/// behind. Points behind the eye or with a non-finite coordinate are left out.
QImage renderSplats(const SplatCloud &cloud, const SplatCamera &camera,
                    const SplatRenderOptions &options = {});

} // namespace qm
