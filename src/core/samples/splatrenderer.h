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

/// Where the body of a cloud is, found so that a few far-flung splats do not count: an
/// exploded sample with 2 % of its splats a hundred times farther out is framed on the
/// object, not on the debris.
struct SplatFraming
{
    /// The box of the splats that make up the body (empty: no finite splat).
    std::array<float, 3> boxMin = {0, 0, 0};
    std::array<float, 3> boxMax = {0, 0, 0};
    qsizetype framed = 0;   ///< finite splats inside the body
    qsizetype outliers = 0; ///< finite splats left out of the framing (they are still drawn)
};

/// How many finite splats the sample of a cloud needs before any of them can count as an
/// outlier: below this the box of every finite splat is the body.
inline constexpr qsizetype kSplatFramingMinimum = 64;
/// How many splats, spread evenly over the cloud, the robust statistics are taken on.
inline constexpr qsizetype kSplatFramingSample = 16'384;
/// A splat belongs to the body when its distance from the per-axis median is at most
/// this many times the 90th percentile of those distances.
inline constexpr float kSplatFramingReach = 2.5f;

/// The body of `cloud`: the per-axis median of a spread sample of at most
/// kSplatFramingSample finite splats is the centre, the 90th percentile of their
/// distances from it (by nth_element, no sort) sets the reach, and the body is the box of
/// every finite splat within kSplatFramingReach times that reach. A cloud of fewer than
/// kSplatFramingMinimum finite splats is framed whole. Non-finite coordinates are left
/// out. One pass over the cloud plus the sample's selections (about 20 ms for a
/// million splats): run it off the GUI thread for large clouds, as the decoding.
SplatFraming frameSplats(const SplatCloud &cloud);

/// A camera that looks at the centre of `framing`'s box from `yaw` and `pitch`, far enough
/// for the box's bounding sphere to fit the vertical field of view with a small margin.
/// An empty framing gives the default camera.
SplatCamera framingCamera(const SplatFraming &framing, float yawDegrees = 30,
                          float pitchDegrees = 20);
/// framingCamera(frameSplats(`cloud`), ...).
SplatCamera framingCamera(const SplatCloud &cloud, float yawDegrees = 30, float pitchDegrees = 20);

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
