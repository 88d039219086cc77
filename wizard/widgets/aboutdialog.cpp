#include "aboutdialog.h"

#include "programidentity.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {

QString link(const QUrl &url, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(url.toString(QUrl::FullyEncoded), text.toHtmlEscaped());
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Xero Refresh Assistant"));

    auto *icon = new QLabel(this);
    icon->setPixmap(ProgramIdentity::icon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *name = new QLabel(tr("Xero Refresh Assistant"), this);
    name->setObjectName(QStringLiteral("nameLabel"));
    QFont nameFont = name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    name->setFont(nameFont);

    auto *version = new QLabel(tr("Version %1").arg(QCoreApplication::applicationVersion()), this);
    version->setObjectName(QStringLiteral("versionLabel"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *description = new QLabel(tr("Repairs the scheduled refresh of a Power BI dataset that "
                                      "loads from Xero, step by step, as Microsoft documents it."),
                                   this);
    description->setWordWrap(true);

    QLabel *licence = linkLabel(
        QStringLiteral("licenceLabel"),
        tr("Free software under the %1.").arg(link(ProgramIdentity::licence(), tr("MIT licence"))));
    QLabel *links = linkLabel(QStringLiteral("linksLabel"),
                              QStringLiteral("%1<br>%2")
                                  .arg(link(ProgramIdentity::homepage(), tr("Project page")),
                                       link(ProgramIdentity::sandboxDocumentation(),
                                            tr("How to try it in the sandbox"))));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(name);
    text->addWidget(version);
    text->addSpacing(fontMetrics().height() / 2);
    text->addWidget(description);
    text->addWidget(licence);
    text->addWidget(links);
    auto *content = new QHBoxLayout;
    content->addWidget(icon);
    content->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(content);
    layout->addWidget(buttons);
    // Sentences wrap at a readable width, whatever the font size.
    description->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
}

void AboutDialog::showOver(QWidget *parent)
{
    auto *dialog = new AboutDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// Links open in the system browser; the text stays selectable for copying a version number.
QLabel *AboutDialog::linkLabel(const QString &objectName, const QString &html)
{
    auto *label = new QLabel(html, this);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setOpenExternalLinks(true);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}
