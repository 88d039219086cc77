// The floor of the window figures: a QApplication and a one-page QWizard, nothing else. It quits
// shortly after its window is on screen, once the probe has said so.
#include "startupprobe.h"

#include <QApplication>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>
#include <QWizard>

namespace {

// Quits a moment after the first expose: the probe's line comes on the next turn of the loop.
class QuitWhenShown : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && watched->isWindowType())
            QTimer::singleShot(100, qApp, &QCoreApplication::quit);
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    StartupProbe::installIfAsked();
    app.installEventFilter(new QuitWhenShown(&app));

    QWizard wizard;
    wizard.setWindowTitle(QStringLiteral("Bare wizard"));
    auto *page = new QWizardPage;
    page->setTitle(QStringLiteral("A page"));
    page->setSubTitle(QStringLiteral("The least a wizard costs."));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(QStringLiteral("Nothing else."), page));
    wizard.addPage(page);
    wizard.show();
    return app.exec();
}
