#pragma once

class QWindow;

namespace thaid::ui {

// Shows `window` full screen at its screen's size, and keeps it at that size when the screen's
// mode changes or the window moves to another screen. cage 0.1.4 grants a fullscreen request
// without a size, and Qt's Wayland client then keeps the window's own size: a 1280x800 window on
// a 1280x720 output lost its bottom, on a 1024x768 one its right side.
void showFillingScreen(QWindow& window);

}  // namespace thaid::ui
