// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XpTestConfig.h"
#include "model/libvirt/LibvirtCredentialProvider.h"
#include "model/libvirt/LibvirtEnvironmentCredentials.h"
#include "model/libvirt/LibvirtSession.h"

#include <QDomDocument>
#include <QTest>
#include <algorithm>
#include <cerrno>
#include <libvirt/virterror.h>
#include <mutex>

namespace {
const QString kWeb = QStringLiteral("6f1c4a40-0001-4c2e-9a57-3b0d4c6e0001");
const QString kWin = QStringLiteral("6f1c4a40-0003-4c2e-9a57-3b0d4c6e0003");
const QString kNamespace = QStringLiteral("urn:xpconsole:platform:1");
const QString kForeign = QStringLiteral("http://example.org/inventory/1");
// The domain test:///default starts with (libvirt src/test/test_driver.c, defaultConnXML).
const QString kDefaultTest = QStringLiteral("6695eb01-f6a4-8304-79aa-97f2502e193f");

QString nodeUri(const QString& file = QStringLiteral("node.xml"))
{
    return QStringLiteral("test://") + QStringLiteral(XP_TEST_DATA_DIR) + QStringLiteral("/libvirt/") + file;
}

QString defaultUri()
{
    return QStringLiteral("test:///default");
}

QString newDomainXml(const QString& name, const QString& uuid, const QString& extra = {})
{
    return QStringLiteral("<domain type='test'><name>%1</name><uuid>%2</uuid><memory unit='MiB'>128</memory>"
                          "<vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os>%3</domain>")
        .arg(name, uuid, extra);
}

// The text of the first element in namespace @p ns with local name @p localName, or a null string.
QString elementText(const QString& xml, const QString& ns, const QString& localName)
{
    QDomDocument document;
    if (!document.setContent(xml, true))
        return {};
    const QDomNodeList nodes = document.elementsByTagNameNS(ns, localName);
    return nodes.isEmpty() ? QString() : nodes.at(0).toElement().text();
}

QString withDescription(const QString& xml, const QString& description)
{
    QString changed = xml;
    changed.replace(QStringLiteral("</name>"),
                    QStringLiteral("</name>\n  <description>%1</description>").arg(description));
    return changed;
}

class ScriptedCredentials : public LibvirtCredentialProvider
{
public:
    QList<LibvirtCredential::Type> supportedTypes() const override
    {
        return {LibvirtCredential::Type::AuthName, LibvirtCredential::Type::Passphrase};
    }
    bool provide(const QString& uri, QList<LibvirtCredential>& credentials) override
    {
        const std::lock_guard lock(mutex);
        asked.append(credentials);
        askedUri = uri;
        if (refuse)
            return false;
        for (LibvirtCredential& credential : credentials)
            credential.result = credential.type == LibvirtCredential::Type::Passphrase ? password : user;
        return true;
    }

    std::mutex mutex;
    QString user = QStringLiteral("admin");
    QString password = QStringLiteral("s3cret");
    bool refuse = false;
    QList<LibvirtCredential> asked;
    QString askedUri;
};
} // namespace

class tst_LibvirtSession : public QObject
{
    Q_OBJECT

private slots:
    void callsBeforeOpenAreNotConnected();
    void openFailureCarriesLibvirtError();
    void listsEveryDomain_data();
    void listsEveryDomain();
    void listingCarriesInactiveXml();
    void listingWithoutXml();
    void unknownUuidIsNotFound();
    void defineRoundTrip();
    void defineValidatesAgainstSchema_data();
    void defineValidatesAgainstSchema();
    void pushRoundTrip();
    void pushRefusesForeignUuid_data();
    void pushRefusesForeignUuid();
    void fileNodesDoNotShareState();
    void conflictFromSecondSession();
    void conflictWithinOneSession();
    void readOnlyRefusesBeforeLibvirt_data();
    void readOnlyRefusesBeforeLibvirt();
    void setMetadataRoundTrip();
    void credentialsAreAsked();
    void credentialsWrongPasswordFails();
    void credentialsRefusedFails();
    void environmentCredentials_data();
    void environmentCredentials();
    void stateTexts_data();
    void stateTexts();
};

void tst_LibvirtSession::callsBeforeOpenAreNotConnected()
{
    LibvirtSession session;
    QList<DomainSnapshot> domains;
    QCOMPARE(session.listDomains(&domains).status, LibvirtResult::Status::NotConnected);
    QCOMPARE(session.domainXml(kWeb).status, LibvirtResult::Status::NotConnected);
    QCOMPARE(session.define(newDomainXml(QStringLiteral("x"), kWeb)).status, LibvirtResult::Status::NotConnected);
    QCOMPARE(session.defineIfUnchanged(kWeb, {}, {}).status, LibvirtResult::Status::NotConnected);
    QVERIFY(!session.isOpen());
    QVERIFY(!session.isAlive());
}

void tst_LibvirtSession::openFailureCarriesLibvirtError()
{
    LibvirtSession session;
    const LibvirtResult result = session.open(nodeUri(QStringLiteral("does-not-exist.xml")), false);
    QCOMPARE(result.status, LibvirtResult::Status::Error);
    QVERIFY(result.code != VIR_ERR_OK);
    QVERIFY2(result.message.contains(QLatin1String("does-not-exist.xml")), qPrintable(result.message));
    QVERIFY(!session.isOpen());
    // The parts LibvirtResult does not carry, for ConnectError (issue 19 item 13), until an open succeeds.
    QCOMPARE(session.lastOpenFailure().code, result.code);
    QCOMPARE(session.lastOpenFailure().domain, int(VIR_FROM_TEST));
    QCOMPARE(session.lastOpenFailure().message, result.message);
    QCOMPARE(session.open(QStringLiteral("qemu+unix:///system?socket=/nonexistent/sock"), false).code,
             int(VIR_ERR_SYSTEM_ERROR));
    QCOMPARE(session.lastOpenFailure().domain, int(VIR_FROM_RPC));
    QCOMPARE(session.lastOpenFailure().int1, ENOENT);
    QVERIFY(session.open(QStringLiteral("test:///default"), true).ok());
    QCOMPARE(session.lastOpenFailure().code, 0);
    QVERIFY(session.lastOpenFailure().message.isEmpty());
}

void tst_LibvirtSession::listsEveryDomain_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("uuid");
    QTest::addColumn<DomainState>("state");
    QTest::addColumn<bool>("active");
    QTest::newRow("running web-01") << QStringLiteral("web-01") << kWeb << DomainState::Running << true;
    QTest::newRow("running db-01") << QStringLiteral("db-01") << QStringLiteral("6f1c4a40-0002-4c2e-9a57-3b0d4c6e0002")
                                   << DomainState::Running << true;
    QTest::newRow("shut off win-2019") << QStringLiteral("win-2019") << kWin << DomainState::ShutOff << false;
    QTest::newRow("shut off old-linux") << QStringLiteral("old-linux")
                                        << QStringLiteral("6f1c4a40-0004-4c2e-9a57-3b0d4c6e0004")
                                        << DomainState::ShutOff << false;
}

void tst_LibvirtSession::listsEveryDomain()
{
    QFETCH(QString, name);
    QFETCH(QString, uuid);
    QFETCH(DomainState, state);
    QFETCH(bool, active);
    LibvirtSession session;
    QVERIFY(session.open(nodeUri(), false).ok());
    QList<DomainSnapshot> domains;
    const LibvirtResult result = session.listDomains(&domains);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(domains.size(), 4);
    const auto found =
        std::find_if(domains.cbegin(), domains.cend(), [&](const DomainSnapshot& d) { return d.uuid == uuid; });
    QVERIFY(found != domains.cend());
    QCOMPARE(found->name, name);
    QCOMPARE(found->state, state);
    QCOMPARE(found->isActive(), active);
    QCOMPARE(found->persistent, true);
    QVERIFY(found->error.isEmpty());
}

void tst_LibvirtSession::listingCarriesInactiveXml()
{
    LibvirtSession session;
    QVERIFY(session.open(nodeUri(), false).ok());
    QList<DomainSnapshot> domains;
    QVERIFY(session.listDomains(&domains).ok());
    for (const DomainSnapshot& domain : std::as_const(domains)) {
        QVERIFY2(domain.inactiveXml.contains(domain.uuid.toUtf8()), qPrintable(domain.name));
        QCOMPARE(QString::fromUtf8(domain.inactiveXml), session.domainXml(domain.uuid).xml);
    }
    const auto web =
        std::find_if(domains.cbegin(), domains.cend(), [](const DomainSnapshot& d) { return d.uuid == kWeb; });
    QCOMPARE(elementText(QString::fromUtf8(web->inactiveXml), kForeign, QStringLiteral("asset")),
             QStringLiteral("rack 4"));
    QCOMPARE(elementText(QString::fromUtf8(web->inactiveXml), kNamespace, QStringLiteral("flavour")),
             QStringLiteral("qemu-upstream"));
}

void tst_LibvirtSession::listingWithoutXml()
{
    LibvirtSession session;
    QVERIFY(session.open(nodeUri(), true).ok());
    QList<DomainSnapshot> domains;
    QVERIFY(session.listDomains(&domains, false).ok());
    QCOMPARE(domains.size(), 4);
    for (const DomainSnapshot& domain : std::as_const(domains))
        QVERIFY(domain.inactiveXml.isEmpty());
}

void tst_LibvirtSession::unknownUuidIsNotFound()
{
    LibvirtSession session;
    QVERIFY(session.open(nodeUri(), false).ok());
    const QString unknown = QStringLiteral("00000000-0000-4000-8000-000000000000");
    const LibvirtResult result = session.domainXml(unknown);
    QCOMPARE(result.status, LibvirtResult::Status::NotFound);
    QCOMPARE(result.code, int(VIR_ERR_NO_DOMAIN));
    QCOMPARE(result.uuid, unknown);
    QVERIFY(!result.message.isEmpty());
}

void tst_LibvirtSession::defineRoundTrip()
{
    LibvirtSession session;
    QVERIFY(session.open(nodeUri(), false).ok());
    const QString uuid = QStringLiteral("6f1c4a40-0010-4c2e-9a57-3b0d4c6e0010");
    const QString metadata =
        QStringLiteral("<metadata><inv:asset xmlns:inv='%1' tag='N-1'>new</inv:asset>"
                       "<xp:platform xmlns:xp='%2' version='1'><xp:flavour>libxl</xp:flavour></xp:platform></metadata>")
            .arg(kForeign, kNamespace);
    const LibvirtResult defined = session.define(newDomainXml(QStringLiteral("fresh"), uuid, metadata));
    QVERIFY2(defined.ok(), qPrintable(defined.message));
    QCOMPARE(defined.uuid, uuid);
    QCOMPARE(elementText(defined.xml, kForeign, QStringLiteral("asset")), QStringLiteral("new"));
    QCOMPARE(elementText(defined.xml, kNamespace, QStringLiteral("flavour")), QStringLiteral("libxl"));
    QCOMPARE(session.domainXml(uuid).xml, defined.xml);
    QList<DomainSnapshot> domains;
    QVERIFY(session.listDomains(&domains).ok());
    QCOMPARE(domains.size(), 5);
}

void tst_LibvirtSession::defineValidatesAgainstSchema_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<int>("code");
    const QString uuid = QStringLiteral("6f1c4a40-0011-4c2e-9a57-3b0d4c6e0011");
    QTest::newRow("not well-formed") << QStringLiteral("<domain type='test'><name>broken</name>")
                                     << int(VIR_ERR_XML_DETAIL);
    // Without VIR_DOMAIN_DEFINE_VALIDATE libvirt would silently drop the unknown element.
    QTest::newRow("unknown element") << newDomainXml(QStringLiteral("bogus"), uuid, QStringLiteral("<bogus/>"))
                                     << int(VIR_ERR_XML_INVALID_SCHEMA);
}

void tst_LibvirtSession::defineValidatesAgainstSchema()
{
    QFETCH(QString, xml);
    QFETCH(int, code);
    LibvirtSession session;
    QVERIFY(session.open(nodeUri(), false).ok());
    const LibvirtResult result = session.define(xml);
    QCOMPARE(result.status, LibvirtResult::Status::Error);
    QCOMPARE(result.code, code);
    QVERIFY(!result.message.isEmpty());
    QList<DomainSnapshot> domains;
    QVERIFY(session.listDomains(&domains).ok());
    QCOMPARE(domains.size(), 4);
}

void tst_LibvirtSession::pushRoundTrip()
{
    LibvirtSession session;
    QVERIFY(session.open(nodeUri(), false).ok());
    const QString before = session.domainXml(kWin).xml;
    const QString after = withDescription(before, QStringLiteral("pushed"));
    const LibvirtResult pushed = session.defineIfUnchanged(kWin, before, after);
    QVERIFY2(pushed.ok(), qPrintable(pushed.message));
    QCOMPARE(pushed.uuid, kWin);
    QCOMPARE(elementText(pushed.xml, {}, QStringLiteral("description")), QStringLiteral("pushed"));
    QCOMPARE(elementText(pushed.xml, kNamespace, QStringLiteral("flavour")), QStringLiteral("qemu-traditional"));
    QCOMPARE(session.domainXml(kWin).xml, pushed.xml);
}

void tst_LibvirtSession::pushRefusesForeignUuid_data()
{
    QTest::addColumn<QString>("newXml");
    QTest::newRow("other uuid") << newDomainXml(QStringLiteral("win-2019"),
                                                QStringLiteral("6f1c4a40-0099-4c2e-9a57-3b0d4c6e0099"));
    QTest::newRow("no uuid") << QStringLiteral(
        "<domain type='test'><name>win-2019</name><memory>1024</memory></domain>");
    QTest::newRow("garbage") << QStringLiteral("<<<");
}

void tst_LibvirtSession::pushRefusesForeignUuid()
{
    QFETCH(QString, newXml);
    LibvirtSession session;
    QVERIFY(session.open(nodeUri(), false).ok());
    const QString before = session.domainXml(kWin).xml;
    const LibvirtResult result = session.defineIfUnchanged(kWin, before, newXml);
    QCOMPARE(result.status, LibvirtResult::Status::InvalidArgument);
    QCOMPARE(result.code, 0);
    QCOMPARE(session.domainXml(kWin).xml, before);
    QList<DomainSnapshot> domains;
    QVERIFY(session.listDomains(&domains).ok());
    QCOMPARE(domains.size(), 4);
}

void tst_LibvirtSession::fileNodesDoNotShareState()
{
    // Each test:///<file> connection parses the file into a driver of its own (libvirt src/test/test_driver.c,
    // testOpenFromFile: "No shared state between simultaneous test connections initialized from a file").
    LibvirtSession first;
    LibvirtSession second;
    QVERIFY(first.open(nodeUri(), false).ok());
    QVERIFY(second.open(nodeUri(), false).ok());
    const QString before = second.domainXml(kWin).xml;
    QVERIFY(first.define(withDescription(first.domainXml(kWin).xml, QStringLiteral("first"))).ok());
    QCOMPARE(second.domainXml(kWin).xml, before);
}

void tst_LibvirtSession::conflictFromSecondSession()
{
    // test:///default connections share one driver (testOpenDefault), so a second session really interferes.
    LibvirtSession mine;
    LibvirtSession theirs;
    QVERIFY(mine.open(defaultUri(), false).ok());
    QVERIFY(theirs.open(defaultUri(), false).ok());
    const QString read = mine.domainXml(kDefaultTest).xml;
    QVERIFY(!read.isEmpty());
    const LibvirtResult interfering = theirs.define(withDescription(read, QStringLiteral("theirs")));
    QVERIFY2(interfering.ok(), qPrintable(interfering.message));

    const LibvirtResult pushed =
        mine.defineIfUnchanged(kDefaultTest, read, withDescription(read, QStringLiteral("mine")));
    QCOMPARE(pushed.status, LibvirtResult::Status::Conflict);
    QCOMPARE(pushed.code, 0);
    QCOMPARE(pushed.xml, interfering.xml);
    QCOMPARE(mine.domainXml(kDefaultTest).xml, interfering.xml);
    QCOMPARE(elementText(mine.domainXml(kDefaultTest).xml, {}, QStringLiteral("description")),
             QStringLiteral("theirs"));
    // Put the shared default node back for the other tests.
    QVERIFY(theirs.define(read).ok());
}

void tst_LibvirtSession::conflictWithinOneSession()
{
    LibvirtSession session;
    QVERIFY(session.open(nodeUri(), false).ok());
    const QString read = session.domainXml(kWin).xml;
    QVERIFY(session.setMetadata(kWin, kForeign, QStringLiteral("inv"), QStringLiteral("<asset>moved</asset>")).ok());
    const QString changed = session.domainXml(kWin).xml;
    QVERIFY(changed != read);
    const LibvirtResult pushed = session.defineIfUnchanged(kWin, read, withDescription(read, QStringLiteral("late")));
    QCOMPARE(pushed.status, LibvirtResult::Status::Conflict);
    QCOMPARE(pushed.xml, changed);
    QCOMPARE(session.domainXml(kWin).xml, changed);
}

void tst_LibvirtSession::readOnlyRefusesBeforeLibvirt_data()
{
    QTest::addColumn<QString>("operation");
    for (const char* operation :
         {"define", "defineIfUnchanged", "setMetadata", "removeMetadata", "undefine", "start", "destroy"})
        QTest::newRow(operation) << QString::fromLatin1(operation);
}

void tst_LibvirtSession::readOnlyRefusesBeforeLibvirt()
{
    QFETCH(QString, operation);
    // The writer verifies through the shared default node what the read-only session could have changed.
    LibvirtSession writer;
    LibvirtSession reader;
    QVERIFY(writer.open(defaultUri(), false).ok());
    QVERIFY(reader.open(defaultUri(), true).ok());
    QVERIFY(reader.isReadOnly());
    QList<DomainSnapshot> before;
    QVERIFY(writer.listDomains(&before).ok());
    const QString xml = reader.domainXml(kDefaultTest).xml;
    QVERIFY(!xml.isEmpty());

    LibvirtResult result;
    if (operation == QLatin1String("define"))
        result = reader.define(withDescription(xml, QStringLiteral("ro")));
    else if (operation == QLatin1String("defineIfUnchanged"))
        result = reader.defineIfUnchanged(kDefaultTest, xml, withDescription(xml, QStringLiteral("ro")));
    else if (operation == QLatin1String("setMetadata"))
        result = reader.setMetadata(kDefaultTest, kNamespace, QStringLiteral("xp"), QStringLiteral("<platform/>"));
    else if (operation == QLatin1String("removeMetadata"))
        result = reader.setMetadata(kDefaultTest, kNamespace, QStringLiteral("xp"), {});
    else if (operation == QLatin1String("undefine"))
        result = reader.undefine(kDefaultTest);
    else if (operation == QLatin1String("start"))
        result = reader.start(kDefaultTest);
    else
        result = reader.destroy(kDefaultTest);

    QCOMPARE(result.status, LibvirtResult::Status::ReadOnly);
    // Code 0: refused by us, not by libvirt's own VIR_ERR_OPERATION_DENIED.
    QCOMPARE(result.code, 0);
    QVERIFY(!result.message.isEmpty());
    QList<DomainSnapshot> after;
    QVERIFY(writer.listDomains(&after).ok());
    QCOMPARE(after, before);
}

void tst_LibvirtSession::setMetadataRoundTrip()
{
    LibvirtSession session;
    QVERIFY(session.open(nodeUri(), false).ok());
    const QString uuid = QStringLiteral("6f1c4a40-0004-4c2e-9a57-3b0d4c6e0004");
    QVERIFY(session
                .setMetadata(uuid, kNamespace, QStringLiteral("xp"),
                             QStringLiteral("<platform version='1'><flavour>libxl</flavour></platform>"))
                .ok());
    QCOMPARE(elementText(session.domainXml(uuid).xml, kNamespace, QStringLiteral("flavour")), QStringLiteral("libxl"));
    QVERIFY(session.setMetadata(uuid, kNamespace, QStringLiteral("xp"), {}).ok());
    QVERIFY(elementText(session.domainXml(uuid).xml, kNamespace, QStringLiteral("flavour")).isNull());
}

void tst_LibvirtSession::credentialsAreAsked()
{
    ScriptedCredentials credentials;
    LibvirtSession session;
    const LibvirtResult opened = session.open(nodeUri(QStringLiteral("auth-node.xml")), false, &credentials);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QCOMPARE(credentials.askedUri, nodeUri(QStringLiteral("auth-node.xml")));
    QCOMPARE(credentials.asked.size(), 2);
    QCOMPARE(credentials.asked.at(0).type, LibvirtCredential::Type::AuthName);
    QCOMPARE(credentials.asked.at(1).type, LibvirtCredential::Type::Passphrase);
    QVERIFY(!credentials.asked.at(0).prompt.isEmpty());
    QVERIFY(!credentials.asked.at(1).prompt.isEmpty());
    QCOMPARE(session.domainXml(QStringLiteral("6f1c4a40-00aa-4c2e-9a57-3b0d4c6e00aa")).status,
             LibvirtResult::Status::Ok);
}

void tst_LibvirtSession::credentialsWrongPasswordFails()
{
    ScriptedCredentials credentials;
    credentials.password = QStringLiteral("wrong");
    LibvirtSession session;
    const LibvirtResult opened = session.open(nodeUri(QStringLiteral("auth-node.xml")), false, &credentials);
    QCOMPARE(opened.status, LibvirtResult::Status::Error);
    QCOMPARE(opened.code, int(VIR_ERR_AUTH_FAILED));
    QVERIFY(!session.isOpen());
}

void tst_LibvirtSession::credentialsRefusedFails()
{
    ScriptedCredentials credentials;
    credentials.refuse = true;
    LibvirtSession session;
    QCOMPARE(session.open(nodeUri(QStringLiteral("auth-node.xml")), false, &credentials).status,
             LibvirtResult::Status::Error);
    QCOMPARE(credentials.asked.size(), 1);
    QCOMPARE(session.open(nodeUri(QStringLiteral("auth-node.xml")), false, nullptr).status,
             LibvirtResult::Status::Error);
    QVERIFY(!session.isOpen());
}

void tst_LibvirtSession::environmentCredentials_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("opens");
    QTest::newRow("both set") << QStringLiteral("admin") << QStringLiteral("s3cret") << true;
    QTest::newRow("wrong password") << QStringLiteral("admin") << QStringLiteral("nope") << false;
    QTest::newRow("password unset") << QStringLiteral("admin") << QString() << false;
    QTest::newRow("nothing set") << QString() << QString() << false;
}

void tst_LibvirtSession::environmentCredentials()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(bool, opens);
    QProcessEnvironment environment;
    if (!user.isNull())
        environment.insert(QStringLiteral("XP_LIBVIRT_USERNAME"), user);
    if (!password.isNull())
        environment.insert(QStringLiteral("XP_LIBVIRT_PASSWORD"), password);
    LibvirtEnvironmentCredentials credentials(environment);
    LibvirtSession session;
    QCOMPARE(session.open(nodeUri(QStringLiteral("auth-node.xml")), true, &credentials).ok(), opens);
}

void tst_LibvirtSession::stateTexts_data()
{
    QTest::addColumn<DomainState>("state");
    QTest::addColumn<QString>("text");
    QTest::newRow("running") << DomainState::Running << QStringLiteral("running");
    QTest::newRow("paused") << DomainState::Paused << QStringLiteral("paused");
    QTest::newRow("shut off") << DomainState::ShutOff << QStringLiteral("shut off");
    QTest::newRow("crashed") << DomainState::Crashed << QStringLiteral("crashed");
    QTest::newRow("no state") << DomainState::NoState << QStringLiteral("no state");
}

void tst_LibvirtSession::stateTexts()
{
    QFETCH(DomainState, state);
    QFETCH(QString, text);
    QCOMPARE(LibvirtSession::stateText(state), text);
}

QTEST_GUILESS_MAIN(tst_LibvirtSession)
#include "tst_LibvirtSession.moc"
