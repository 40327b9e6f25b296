#include "splatrenderer.h"

#include <QThread>

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>
#include <vector>

namespace qm {

namespace {

constexpr float kDegrees = 3.14159265358979f / 180.0f;
constexpr quint32 kGrey = 0xb0b0b0;
/// From this many splats on, several threads draw (each a band of rows).
constexpr qsizetype kParallelSplats = 100'000;

} // namespace

SplatFraming frameSplats(const SplatCloud &cloud)
{
    SplatFraming framing;
    const qsizetype count = cloud.size();
    const float *positions = cloud.positions.data();
    const auto finite = [positions](qsizetype i) {
        const float *p = positions + 3 * i;
        return std::isfinite(p[0]) && std::isfinite(p[1]) && std::isfinite(p[2]);
    };

    // The spread sample: every step-th splat, the finite ones.
    const qsizetype step = std::max<qsizetype>(1, count / kSplatFramingSample);
    std::vector<float> sample[3];
    for (auto &axis : sample)
        axis.reserve(size_t(std::min(count, kSplatFramingSample + 1)));
    for (qsizetype i = 0; i < count; i += step) {
        if (finite(i))
            for (size_t axis = 0; axis < 3; ++axis)
                sample[axis].push_back(positions[3 * i + qsizetype(axis)]);
    }

    // The centre and the reach; a cloud too small for statistics is framed whole.
    float reachSquared = std::numeric_limits<float>::infinity();
    std::array<float, 3> centre = {0, 0, 0};
    if (qsizetype(sample[0].size()) >= kSplatFramingMinimum) {
        const size_t n = sample[0].size();
        std::vector<float> distances(n, 0.0f);
        for (size_t axis = 0; axis < 3; ++axis) {
            std::vector<float> values = sample[axis];
            std::nth_element(values.begin(), values.begin() + qsizetype(n / 2), values.end());
            centre[axis] = values[n / 2];
        }
        for (size_t i = 0; i < n; ++i) {
            float squared = 0;
            for (size_t axis = 0; axis < 3; ++axis) {
                const float d = sample[axis][i] - centre[axis];
                squared += d * d;
            }
            distances[i] = squared;
        }
        const size_t at = std::min(n - 1, n * 9 / 10);
        std::nth_element(distances.begin(), distances.begin() + qsizetype(at), distances.end());
        const float reach = std::sqrt(distances[at]) * kSplatFramingReach;
        reachSquared = reach * reach;
    }

    // The box of the body, over every splat.
    bool any = false;
    for (qsizetype i = 0; i < count; ++i) {
        if (!finite(i))
            continue;
        const float *p = positions + 3 * i;
        float squared = 0;
        for (size_t axis = 0; axis < 3; ++axis) {
            const float d = p[axis] - centre[axis];
            squared += d * d;
        }
        if (std::isfinite(reachSquared) && !(squared <= reachSquared)) {
            ++framing.outliers;
            continue;
        }
        ++framing.framed;
        for (size_t axis = 0; axis < 3; ++axis) {
            framing.boxMin[axis] = any ? std::min(framing.boxMin[axis], p[axis]) : p[axis];
            framing.boxMax[axis] = any ? std::max(framing.boxMax[axis], p[axis]) : p[axis];
        }
        any = true;
    }
    return framing;
}

SplatCamera framingCamera(const SplatFraming &framing, float yawDegrees, float pitchDegrees)
{
    SplatCamera camera;
    camera.yawDegrees = yawDegrees;
    camera.pitchDegrees = pitchDegrees;
    if (framing.framed == 0)
        return camera;
    float radius = 0;
    for (size_t axis = 0; axis < 3; ++axis) {
        camera.target[axis] = (framing.boxMin[axis] + framing.boxMax[axis]) / 2;
        const float half = (framing.boxMax[axis] - framing.boxMin[axis]) / 2;
        radius += half * half;
    }
    radius = std::sqrt(radius);
    // The bounding sphere fits the vertical field of view, with a margin.
    const float fit = radius / std::sin(camera.fieldOfViewDegrees * kDegrees / 2);
    camera.distance = std::isfinite(fit) && fit > 0 ? fit * 1.05f : 1.0f;
    return camera;
}

SplatCamera framingCamera(const SplatCloud &cloud, float yawDegrees, float pitchDegrees)
{
    return framingCamera(frameSplats(cloud), yawDegrees, pitchDegrees);
}

QImage renderSplats(const SplatCloud &cloud, const SplatCamera &camera,
                    const SplatRenderOptions &options)
{
    const int width = std::max(1, options.size.width());
    const int height = std::max(1, options.size.height());
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(options.background);
    std::vector<float> depth(size_t(width) * size_t(height),
                             std::numeric_limits<float>::infinity());

    // World → camera: translate to the target, turn by yaw about y, then pitch about x,
    // then step back by the distance (the camera looks down -z).
    const float cy = std::cos(camera.yawDegrees * kDegrees);
    const float sy = std::sin(camera.yawDegrees * kDegrees);
    const float cp = std::cos(camera.pitchDegrees * kDegrees);
    const float sp = std::sin(camera.pitchDegrees * kDegrees);
    const float focal = float(height) / 2 / std::tan(camera.fieldOfViewDegrees * kDegrees / 2);
    const float centreX = float(width) / 2;
    const float centreY = float(height) / 2;
    const float nearPlane = camera.distance * 1e-3f;

    const qsizetype count = cloud.size();
    const qsizetype step = options.maxSplats > 0 && count > options.maxSplats
                               ? (count + options.maxSplats - 1) / options.maxSplats
                               : 1;
    auto *pixels = reinterpret_cast<quint32 *>(image.bits());
    const qsizetype stride = image.bytesPerLine() / 4;
    const float *positions = cloud.positions.data();
    // Each thread draws every splat, but only into its own band of rows: the same
    // pixels as one thread would draw, in the same order.
    const auto drawBand = [&](int bandTop, int bandBottom) {
        for (qsizetype i = 0; i < count; i += step) {
            const float *p = positions + 3 * i;
            const float x0 = p[0] - camera.target[0];
            const float y0 = p[1] - camera.target[1];
            const float z0 = p[2] - camera.target[2];
            // Yaw about y.
            const float x1 = cy * x0 + sy * z0;
            const float z1 = -sy * x0 + cy * z0;
            // Pitch about x.
            const float y2 = cp * y0 - sp * z1;
            const float z2 = sp * y0 + cp * z1;
            const float viewX = x1 - camera.pan[0];
            const float viewY = y2 - camera.pan[1];
            const float d = camera.distance - z2; // distance in front of the eye
            if (!(d > nearPlane))                 // NaN included
                continue;
            const float perDepth = focal / d; // pixels per world unit at that depth
            const float sx = centreX + viewX * perDepth;
            const float sy2 = centreY - viewY * perDepth;
            if (!(sx >= -float(options.maxRadius) && sx < float(width + options.maxRadius) &&
                  sy2 >= -float(options.maxRadius) && sy2 < float(height + options.maxRadius)))
                continue;
            // A square of 2·radius + 1 pixels: one pixel for a splat smaller than two.
            int radius = 0;
            if (cloud.hasScale()) {
                const float r = cloud.scales[size_t(i)] * perDepth;
                radius = r >= float(options.maxRadius) ? options.maxRadius : r >= 1 ? int(r) : 0;
            }
            const quint32 colour = cloud.hasColour() ? cloud.colours[size_t(i)] : kGrey;
            const float alpha = cloud.hasAlpha() ? cloud.alphas[size_t(i)] : 1.0f;
            if (!(alpha > 1.0f / 255))
                continue;
            const bool opaque = alpha >= 0.5f;
            const int a = int(alpha * 256);
            // Both are above -maxRadius - 1 here: truncating the shifted value floors.
            const int px = int(sx + float(options.maxRadius + 1)) - (options.maxRadius + 1);
            const int py = int(sy2 + float(options.maxRadius + 1)) - (options.maxRadius + 1);
            const int left = std::max(0, px - radius);
            const int right = std::min(width - 1, px + radius);
            const int top = std::max(bandTop, py - radius);
            const int bottom = std::min(bandBottom - 1, py + radius);
            for (int y = top; y <= bottom; ++y) {
                quint32 *row = pixels + y * stride;
                float *depthRow = depth.data() + size_t(y) * size_t(width);
                for (int x = left; x <= right; ++x) {
                    if (d > depthRow[x])
                        continue;
                    if (opaque)
                        depthRow[x] = d;
                    if (a >= 256) {
                        row[x] = 0xff000000u | colour;
                        continue;
                    }
                    const quint32 under = row[x];
                    const auto mix = [a](quint32 over, quint32 below) {
                        return (over * quint32(a) + below * quint32(256 - a)) >> 8;
                    };
                    row[x] = 0xff000000u | mix(colour >> 16 & 0xff, under >> 16 & 0xff) << 16 |
                             mix(colour >> 8 & 0xff, under >> 8 & 0xff) << 8 |
                             mix(colour & 0xff, under & 0xff);
                }
            }
        }
    };
    const int bands = count / step < kParallelSplats
                          ? 1
                          : std::clamp(QThread::idealThreadCount(), 1, std::min(8, height));
    std::vector<std::thread> helpers;
    for (int b = 1; b < bands; ++b)
        helpers.emplace_back(drawBand, height * b / bands, height * (b + 1) / bands);
    drawBand(0, height / bands);
    for (std::thread &helper : helpers)
        helper.join();
    return image;
}

} // namespace qm
