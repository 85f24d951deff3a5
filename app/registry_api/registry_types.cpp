#include "registry_api/registry_types.h"

namespace thaid::app {

protocol::FingerSample wireFinger(const FingerCapture& capture) {
    return {capture.finger, protocol::FingerImage{capture.sample.width, capture.sample.height,
                                                  capture.sample.pixels}};
}

}  // namespace thaid::app
