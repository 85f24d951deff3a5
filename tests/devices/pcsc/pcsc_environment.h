#pragma once

#include "support/pcsc_stack.h"

namespace thaid::testing {

// The pcscd this test process owns; tests that kill or restart it go through here.
PcscdProcess& pcscd();

}  // namespace thaid::testing
