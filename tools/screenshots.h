#pragma once

#include <QString>

class IntegrationService;

// The program's script mode (--screenshots DIR): walks through the window and every wizard
// step, including the error states, and saves each as a PNG, for the docs and for looking
// at a translation as a user sees it. Uses the Demo ACD (and Five9's pages when present).
// On a screen of 800×600 logical pixels or less (Xvfb's 800×600, or 1600×1200 at
// QT_SCALE_FACTOR=2) it shoots the window and every wizard page as they fit that screen,
// named with "-800x600" or "-scale2".
namespace Screenshots {
int render(IntegrationService &service, const QString &directory, const QString &language);
}
