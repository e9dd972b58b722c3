<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR" sourcelanguage="en_US">
<context>
    <name>ApiError</name>
    <message>
        <source>no answer in time</source>
        <translation>zamanında yanıt gelmedi</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Sunucuya ulaşılamıyor: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted yet.</source>
        <translation>Sunucunun sertifikasına henüz güvenilmiyor.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed since you trusted it. The connection was refused: someone may be intercepting it.</source>
        <translation>Sunucunun sertifikası, ona güvendiğinizden bu yana değişti. Bağlantı reddedildi: biri bağlantıyı dinliyor olabilir.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Sunucu HTTP %1 durum koduyla yanıt verdi.</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation>Oturumunuzun süresi doldu. Yeniden oturum açın.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood: %1</source>
        <translation>Sunucunun yanıtı anlaşılamadı: %1</translation>
    </message>
</context>
<context>
    <name>ConsolePage</name>
    <message>
        <source>API Clients</source>
        <translation>API İstemcileri</translation>
    </message>
    <message>
        <source>Local Users</source>
        <translation>Yerel Kullanıcılar</translation>
    </message>
    <message>
        <source>SoftOTP Users</source>
        <translation>SoftOTP Kullanıcıları</translation>
    </message>
    <message>
        <source>Blocked Users</source>
        <translation>Engellenen Kullanıcılar</translation>
    </message>
    <message>
        <source>Security Settings</source>
        <translation>Güvenlik Ayarları</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lisans</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Denetim Kaydı</translation>
    </message>
    <message>
        <source>SSO Sessions</source>
        <translation>SSO Oturumları</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Yöneticiler</translation>
    </message>
    <message>
        <source>Mail and SMS</source>
        <translation>Posta ve SMS</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Uygulamalar</translation>
    </message>
    <message>
        <source>RADIUS Clients</source>
        <translation>RADIUS İstemcileri</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Yapılandırma</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Pano</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Dizinler</translation>
    </message>
    <message>
        <source>SAML</source>
        <translation>SAML</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>Never</source>
        <translation>Hiçbir zaman</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 sn</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 dk</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 dk %2 sn</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 sa</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 sa %2 dk</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 gün</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 gün %2 sa</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
</context>
<context>
    <name>castellan::console::AdminConsole</name>
    <message>
        <source>Signed in to %1</source>
        <translation>%1 sunucusunda oturum açıldı</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Oturum kapatıldı</translation>
    </message>
    <message>
        <source>Session Ended</source>
        <translation>Oturum Sona Erdi</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>Oturumunuz sona erdi. Devam etmek için yeniden oturum açın.</translation>
    </message>
</context>
<context>
    <name>castellan::console::ApiClientDialog</name>
    <message>
        <source>New API Client</source>
        <translation>Yeni API İstemcisi</translation>
    </message>
    <message>
        <source>Login agents (RADIUS, ADFS, RDP, PAM) validate users; applications also enroll them. The client secret is shown once, after saving.</source>
        <translation>Oturum açma aracıları (RADIUS, ADFS, RDP, PAM) kullanıcıları doğrular; uygulamalar ayrıca kullanıcıları kaydeder. İstemci parolası kaydettikten sonra yalnızca bir kez gösterilir.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Oluştur</translation>
    </message>
    <message>
        <source>Rename API Client</source>
        <translation>API İstemcisini Yeniden Adlandır</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tür:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
</context>
<context>
    <name>castellan::console::ApiClientModel</name>
    <message>
        <source>Application (user)</source>
        <translation>Uygulama (kullanıcı)</translation>
    </message>
    <message>
        <source>Login agent</source>
        <translation>Oturum açma aracısı</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Devre dışı</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Hiçbir zaman</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>İstemci Kimliği</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Last Used</source>
        <translation>Son Kullanım</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oluşturulma</translation>
    </message>
</context>
<context>
    <name>castellan::console::ApiClientsPage</name>
    <message>
        <source>New Client…</source>
        <translation>Yeni İstemci…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Yeniden Adlandır…</translation>
    </message>
    <message>
        <source>Rotate Secret…</source>
        <translation>Parolayı Yenile…</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Etkinleştir</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Devre Dışı Bırak…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Sil…</translation>
    </message>
    <message>
        <source>No API clients yet.
Create one (Ctrl+N) for each login agent or application that calls the API.</source>
        <translation>Henüz API istemcisi yok.
API&apos;yi çağıran her oturum açma aracısı ya da uygulama için bir tane oluşturun (Ctrl+N).</translation>
    </message>
    <message>
        <source>API Client Created</source>
        <translation>API İstemcisi Oluşturuldu</translation>
    </message>
    <message>
        <source>API client “%1” created</source>
        <translation>“%1” API istemcisi oluşturuldu</translation>
    </message>
    <message>
        <source>API client renamed to “%1”</source>
        <translation>API istemcisinin yeni adı “%1”</translation>
    </message>
    <message>
        <source>Give the client ID and secret of “%1” to the agent or application it stands for.</source>
        <translation>“%1” istemcisinin kimliğini ve parolasını temsil ettiği aracıya ya da uygulamaya verin.</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>İstemci kimliği:</translation>
    </message>
    <message>
        <source>Rotate Secret</source>
        <translation>Parolayı Yenile</translation>
    </message>
    <message>
        <source>Rotate the secret of “%1”?</source>
        <translation>“%1” istemcisinin parolası yenilensin mi?</translation>
    </message>
    <message>
        <source>The old secret stops working at once and every token issued with it is revoked.</source>
        <translation>Eski parola hemen geçersiz olur ve onunla verilen tüm belirteçler iptal edilir.</translation>
    </message>
    <message>
        <source>Could not rotate the secret</source>
        <translation>Parola yenilenemedi</translation>
    </message>
    <message>
        <source>New Client Secret</source>
        <translation>Yeni İstemci Parolası</translation>
    </message>
    <message>
        <source>Could not change the API client</source>
        <translation>API istemcisi değiştirilemedi</translation>
    </message>
    <message>
        <source>API client “%1” enabled</source>
        <translation>“%1” API istemcisi etkinleştirildi</translation>
    </message>
    <message>
        <source>API client “%1” disabled</source>
        <translation>“%1” API istemcisi devre dışı bırakıldı</translation>
    </message>
    <message>
        <source>Disable API Client</source>
        <translation>API İstemcisini Devre Dışı Bırak</translation>
    </message>
    <message>
        <source>Disable “%1”?</source>
        <translation>“%1” devre dışı bırakılsın mı?</translation>
    </message>
    <message>
        <source>Its tokens are revoked and it cannot get new ones until it is enabled again.</source>
        <translation>Belirteçleri iptal edilir ve yeniden etkinleştirilene kadar yeni belirteç alamaz.</translation>
    </message>
    <message>
        <source>Delete the API client “%1”?</source>
        <translation>“%1” API istemcisi silinsin mi?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n API client(s)?</source>
        <translation>
            <numerusform>%n API istemcisi silinsin mi?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete API Client</source>
        <translation>API İstemcisini Sil</translation>
    </message>
    <message>
        <source>Agents and applications using it can no longer call the API.</source>
        <translation>Onu kullanan aracılar ve uygulamalar artık API&apos;yi çağıramaz.</translation>
    </message>
    <message>
        <source>Could not delete the API client</source>
        <translation>API istemcisi silinemedi</translation>
    </message>
</context>
<context>
    <name>castellan::console::ApplicationDialog</name>
    <message>
        <source>New Application Profile</source>
        <translation>Yeni Uygulama Profili</translation>
    </message>
    <message>
        <source>A profile says what a kind of login asks for. The registration portal needs a registration profile; RADIUS clients and SAML service providers each log their users in with a profile of their type.</source>
        <translation>Profil, bir oturum açma türünün neler istediğini belirler. Kayıt portalı bir kayıt profiline ihtiyaç duyar; RADIUS istemcileri ve SAML hizmet sağlayıcıları kullanıcılarının oturumunu kendi türlerindeki bir profille açar.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Oluştur</translation>
    </message>
    <message>
        <source>Edit Application Profile</source>
        <translation>Uygulama Profilini Düzenle</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tür:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <source>Allowed factors:</source>
        <translation>İzin verilen faktörler:</translation>
    </message>
    <message>
        <source>Ask for the user&apos;s password</source>
        <translation>Kullanıcının parolasını sor</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parola:</translation>
    </message>
    <message>
        <source>Ask for a second factor</source>
        <translation>İkinci faktör sor</translation>
    </message>
    <message>
        <source>Second factor:</source>
        <translation>İkinci faktör:</translation>
    </message>
    <message>
        <source>Ask for it with Access-Challenge</source>
        <translation>Access-Challenge ile sor</translation>
    </message>
    <message>
        <source>%1 digits typed after the password</source>
        <translation>Parolanın ardına yazılan %1 hane</translation>
    </message>
    <message>
        <source>&amp;One-time code:</source>
        <translation>&amp;Tek kullanımlık kod:</translation>
    </message>
    <message>
        <source>Reply attributes:</source>
        <translation>Yanıt nitelikleri:</translation>
    </message>
    <message>
        <source>Logins may use this profile</source>
        <translation>Oturum açmalar bu profili kullanabilir</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Durum:</translation>
    </message>
    <message>
        <source>Used by:</source>
        <translation>Kullananlar:</translation>
    </message>
    <message>
        <source>Nothing uses it yet.</source>
        <translation>Henüz kullanan yok.</translation>
    </message>
</context>
<context>
    <name>castellan::console::ApplicationModel</name>
    <message>
        <source>Registration portal</source>
        <translation>Kayıt portalı</translation>
    </message>
    <message>
        <source>RADIUS</source>
        <translation>RADIUS</translation>
    </message>
    <message>
        <source>SAML</source>
        <translation>SAML</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>TOTP</translation>
    </message>
    <message>
        <source>HOTP token</source>
        <translation>HOTP donanım anahtarı</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Anlık bildirim</translation>
    </message>
    <message>
        <source>Security key</source>
        <translation>Güvenlik anahtarı</translation>
    </message>
    <message>
        <source>RADIUS client “%1”</source>
        <translation>RADIUS istemcisi “%1”</translation>
    </message>
    <message>
        <source>service provider “%1”</source>
        <translation>hizmet sağlayıcı “%1”</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Devre dışı</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Allowed Factors</source>
        <translation>İzin Verilen Faktörler</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>Second Factor</source>
        <translation>İkinci Faktör</translation>
    </message>
    <message>
        <source>Used By</source>
        <translation>Kullananlar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
</context>
<context>
    <name>castellan::console::ApplicationsPage</name>
    <message>
        <source>New Profile…</source>
        <translation>Yeni Profil…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Düzenle…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Sil…</translation>
    </message>
    <message>
        <source>No application profiles yet.
Create a registration profile (Ctrl+N) so users can use the portal, and a RADIUS or SAML profile for each kind of login you protect.</source>
        <translation>Henüz uygulama profili yok.
Kullanıcıların portalı kullanabilmesi için bir kayıt profili (Ctrl+N), koruduğunuz her oturum açma türü için de bir RADIUS veya SAML profili oluşturun.</translation>
    </message>
    <message>
        <source>Profile “%1” created</source>
        <translation>“%1” profili oluşturuldu</translation>
    </message>
    <message>
        <source>Profile “%1” saved</source>
        <translation>“%1” profili kaydedildi</translation>
    </message>
    <message>
        <source>Profile In Use</source>
        <translation>Profil Kullanımda</translation>
    </message>
    <message>
        <source>“%1” is used by %2.</source>
        <translation>“%1” profilini %2 kullanıyor.</translation>
    </message>
    <message>
        <source>Give them another profile first; then the profile can be deleted.</source>
        <translation>Önce onlara başka bir profil verin; ardından profil silinebilir.</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Profili Sil</translation>
    </message>
    <message>
        <source>Delete the profile “%1”?</source>
        <translation>“%1” profili silinsin mi?</translation>
    </message>
    <message>
        <source>Logins that use it are refused until they have another profile.</source>
        <translation>Onu kullanan oturum açmalar, başka bir profilleri olana dek reddedilir.</translation>
    </message>
    <message>
        <source>Profile “%1” deleted</source>
        <translation>“%1” profili silindi</translation>
    </message>
    <message>
        <source>Could not delete the profile</source>
        <translation>Profil silinemedi</translation>
    </message>
</context>
<context>
    <name>castellan::console::AuditEntryModel</name>
    <message>
        <source>Failure</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Başarılı</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Olay</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>İşlemi Yapan</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Kullanıcı</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>İstemci</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation>Kaynak IP</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
</context>
<context>
    <name>castellan::console::AuditFilterBar</name>
    <message>
        <source>User</source>
        <translation>Kullanıcı</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>İşlemi Yapan</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Olay</translation>
    </message>
    <message>
        <source>The user the event is about</source>
        <translation>Olayın ilgili olduğu kullanıcı</translation>
    </message>
    <message>
        <source>Who did it: an admin (admin:name), an API client, a user</source>
        <translation>İşlemi yapan: bir yönetici (admin:ad), bir API istemcisi ya da bir kullanıcı</translation>
    </message>
    <message>
        <source>The event&apos;s name, e.g. user.create or admin.login</source>
        <translation>Olayın adı, örneğin user.create ya da admin.login</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bitiş</translation>
    </message>
</context>
<context>
    <name>castellan::console::AuditLogPage</name>
    <message>
        <source>Live</source>
        <translation>Canlı</translation>
    </message>
    <message>
        <source>Show new events as they happen</source>
        <translation>Yeni olayları oldukları anda göster</translation>
    </message>
    <message>
        <source>No events match the filters.</source>
        <translation>Süzgeçlere uyan olay yok.</translation>
    </message>
</context>
<context>
    <name>castellan::console::BlockModel</name>
    <message>
        <source>Permanent</source>
        <translation>Kalıcı</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Kullanıcı Adı</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>Blocked At</source>
        <translation>Engellenme Zamanı</translation>
    </message>
    <message>
        <source>Blocked By</source>
        <translation>Engelleyen</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Kalan Süre</translation>
    </message>
</context>
<context>
    <name>castellan::console::BlockUserDialog</name>
    <message>
        <source>Until an admin removes the block</source>
        <translation>Bir yönetici engeli kaldırana kadar</translation>
    </message>
    <message>
        <source>Block User</source>
        <translation>Kullanıcıyı Engelle</translation>
    </message>
    <message>
        <source>A blocked user cannot sign in on any channel, whatever the password or code.</source>
        <translation>Engellenen kullanıcı, parola ya da kod ne olursa olsun hiçbir kanaldan oturum açamaz.</translation>
    </message>
    <message>
        <source>blocked by an administrator</source>
        <translation>bir yönetici tarafından engellendi</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Kullanıcı adı:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Neden:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Süre:</translation>
    </message>
    <message>
        <source>Permanent:</source>
        <translation>Kalıcı:</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Engelle</translation>
    </message>
    <message>
        <source>Local user “%1”.</source>
        <translation>“%1” yerel kullanıcısı.</translation>
    </message>
    <message>
        <source>No local user has this name. The block still applies to it, e.g. for a user who is created later.</source>
        <translation>Bu adda yerel kullanıcı yok. Engel yine de bu ada uygulanır; örneğin daha sonra oluşturulacak bir kullanıcı için.</translation>
    </message>
</context>
<context>
    <name>castellan::console::BlockedUsersPage</name>
    <message>
        <source>Block User…</source>
        <translation>Kullanıcıyı Engelle…</translation>
    </message>
    <message>
        <source>Remove Block…</source>
        <translation>Engeli Kaldır…</translation>
    </message>
    <message>
        <source>No user is blocked.
Users are blocked after too many failed attempts (see Security Settings), or by hand (Ctrl+N).</source>
        <translation>Engellenen kullanıcı yok.
Kullanıcılar çok sayıda başarısız denemeden sonra (bkz. Güvenlik Ayarları) ya da elle (Ctrl+N) engellenir.</translation>
    </message>
    <message>
        <source>“%1” blocked</source>
        <translation>“%1” engellendi</translation>
    </message>
    <message>
        <source>Remove the block on “%1”?</source>
        <translation>“%1” üzerindeki engel kaldırılsın mı?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n block(s)?</source>
        <translation>
            <numerusform>%n engel kaldırılsın mı?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Block</source>
        <translation>Engeli Kaldır</translation>
    </message>
    <message>
        <source>The failed attempts counted so far are forgotten too.</source>
        <translation>Şimdiye kadar sayılan başarısız denemeler de unutulur.</translation>
    </message>
    <message>
        <source>Could not remove the block</source>
        <translation>Engel kaldırılamadı</translation>
    </message>
    <message>
        <source>Block on “%1” removed</source>
        <translation>“%1” üzerindeki engel kaldırıldı</translation>
    </message>
</context>
<context>
    <name>castellan::console::CertificateApprovalDialog</name>
    <message>
        <source>Trust This Server?</source>
        <translation>Bu Sunucuya Güvenilsin mi?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; presented a certificate that no certificate authority vouches for. This is expected the first time you connect to a server with its own self-signed certificate.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, hiçbir sertifika yetkilisinin onaylamadığı bir sertifika sundu. Kendi imzaladığı sertifikayı kullanan bir sunucuya ilk kez bağlanırken bu beklenen bir durumdur.</translation>
    </message>
    <message>
        <source>Trust it only if this SHA-256 fingerprint is the one the server printed when it created its certificate (&quot;created a self-signed TLS certificate … (SHA-256 …)&quot; in its log). The console will then refuse any other certificate from this server.</source>
        <translation>Yalnızca bu SHA-256 parmak izi, sunucunun sertifikasını oluştururken yazdığıyla aynıysa güvenin (günlüğünde &quot;created a self-signed TLS certificate … (SHA-256 …)&quot; satırı). Konsol bundan sonra bu sunucudan gelen başka hiçbir sertifikayı kabul etmez.</translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>&amp;Güven ve Bağlan</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 parmak izi:</translation>
    </message>
</context>
<context>
    <name>castellan::console::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Sunucuya Bağlan</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Oturum Aç</translation>
    </message>
    <message>
        <source>&amp;Change Password</source>
        <translation>Parolayı &amp;Değiştir</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>&amp;Onayla</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Oturum açılıyor…</translation>
    </message>
    <message>
        <source>Certificate Changed</source>
        <translation>Sertifika Değişti</translation>
    </message>
    <message>
        <source>&lt;b&gt;The certificate of %1 has changed.&lt;/b&gt; The connection was refused.</source>
        <translation>&lt;b&gt;%1 sunucusunun sertifikası değişti.&lt;/b&gt; Bağlantı reddedildi.</translation>
    </message>
    <message>
        <source>Trusted: %1
Presented now: %2

Someone may be intercepting the connection. If the server&apos;s certificate was replaced on purpose, forget the trusted certificate and connect again.</source>
        <translation>Güvenilen: %1
Şimdi sunulan: %2

Biri bağlantıyı dinliyor olabilir. Sunucunun sertifikası bilerek değiştirildiyse güvenilen sertifikayı unutun ve yeniden bağlanın.</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Parola değiştiriliyor…</translation>
    </message>
    <message>
        <source>Preparing the enrollment…</source>
        <translation>Kayıt hazırlanıyor…</translation>
    </message>
    <message>
        <source>Confirming…</source>
        <translation>Onaylanıyor…</translation>
    </message>
    <message>
        <source>Forget Trusted Certificate</source>
        <translation>Güvenilen Sertifikayı Unut</translation>
    </message>
    <message>
        <source>Forget the certificate trusted for %1?</source>
        <translation>%1 için güvenilen sertifika unutulsun mu?</translation>
    </message>
    <message>
        <source>The next connection will show the server&apos;s certificate for you to check again.</source>
        <translation>Bir sonraki bağlantıda sunucunun sertifikası yeniden denetlemeniz için gösterilir.</translation>
    </message>
</context>
<context>
    <name>castellan::console::CsvFilePage</name>
    <message>
        <source>Import nothing if any line is invalid</source>
        <translation>Geçersiz bir satır varsa hiçbir şeyi içe aktarma</translation>
    </message>
    <message>
        <source>Import the valid lines and skip the invalid ones</source>
        <translation>Geçerli satırları içe aktar, geçersizleri atla</translation>
    </message>
    <message>
        <source>Choose a CSV File</source>
        <translation>Bir CSV Dosyası Seçin</translation>
    </message>
    <message>
        <source>One user per line. The first line names the columns: username, first_name, last_name, email, phone, password, expires_at, framed_ip, sponsor_name, sponsor_email, description (only username is required; common spreadsheet names such as &quot;E-mail&quot; or &quot;Mobile&quot; work too).</source>
        <translation>Her satırda bir kullanıcı. İlk satır sütunları adlandırır: username, first_name, last_name, email, phone, password, expires_at, framed_ip, sponsor_name, sponsor_email, description (yalnızca username zorunludur; &quot;E-mail&quot; ya da &quot;Mobile&quot; gibi yaygın tablo adları da çalışır).</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gözat…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Dosya:</translation>
    </message>
    <message>
        <source>Invalid lines:</source>
        <translation>Geçersiz satırlar:</translation>
    </message>
    <message>
        <source>Import Users</source>
        <translation>Kullanıcıları İçe Aktar</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV dosyaları (*.csv *.txt);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>File Too Large</source>
        <translation>Dosya Çok Büyük</translation>
    </message>
    <message>
        <source>Cannot Read the File</source>
        <translation>Dosya Okunamıyor</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 okunamıyor.</translation>
    </message>
</context>
<context>
    <name>castellan::console::CsvImportPage</name>
    <message>
        <source>Cancel Import</source>
        <translation>İçe Aktarmayı İptal Et</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İçe Aktar</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Satır</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Alan</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Sorun</translation>
    </message>
    <message>
        <source>Uploading and importing…</source>
        <translation>Yükleniyor ve içe aktarılıyor…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>İçe aktarılıyor…</translation>
    </message>
    <message>
        <source>The import was cancelled. The server imports a file in one transaction, so either all of it or none of it may have been stored; check the list.</source>
        <translation>İçe aktarma iptal edildi. Sunucu bir dosyayı tek bir işlemde içe aktarır; bu yüzden dosyanın ya tamamı ya da hiçbiri kaydedilmiş olabilir. Listeyi denetleyin.</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>İçe aktarma başarısız oldu: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Hiçbir şey içe aktarılmadı: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported</source>
        <translation>
            <numerusform>%n kullanıcı içe aktarıldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n line(s) skipped.</source>
        <translation>
            <numerusform>, %n satır atlandı.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>castellan::console::CsvImportWizard</name>
    <message>
        <source>Import Users</source>
        <translation>Kullanıcıları İçe Aktar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;İçe Aktar</translation>
    </message>
    <message>
        <source>This file is %1; the server accepts files of up to %2. Split it into smaller files and import them one by one.</source>
        <translation>Bu dosya %1; sunucu en fazla %2 boyutundaki dosyaları kabul eder. Dosyayı daha küçük dosyalara bölün ve bunları tek tek içe aktarın.</translation>
    </message>
    <message>
        <source>One user per line. The first line names the columns: username, first_name, last_name, email, phone, password, expires_at, framed_ip, sponsor_name, sponsor_email, description (only username is required; common spreadsheet names such as &quot;E-mail&quot; or &quot;Mobile&quot; work too).</source>
        <translation>Her satırda bir kullanıcı. İlk satır sütunları adlandırır: username, first_name, last_name, email, phone, password, expires_at, framed_ip, sponsor_name, sponsor_email, description (yalnızca username zorunludur; &quot;E-mail&quot; ya da &quot;Mobile&quot; gibi yaygın tablo adları da çalışır).</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported</source>
        <translation>
            <numerusform>%n kullanıcı içe aktarıldı</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Hardware Tokens</source>
        <translation>Donanım Anahtarlarını İçe Aktar</translation>
    </message>
    <message>
        <source>One token per line, as the vendor ships the seeds. Columns: username, serial, secret (base32) or secret_hex; optionally counter, digits, algorithm, label. The users must exist.</source>
        <translation>Her satırda bir anahtar, üreticinin verdiği gibi. Sütunlar: username, serial, secret (base32) ya da secret_hex; isteğe bağlı counter, digits, algorithm, label. Kullanıcılar mevcut olmalıdır.</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) imported</source>
        <translation>
            <numerusform>%n anahtar içe aktarıldı</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>castellan::console::CsvPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Önizleme</translation>
    </message>
    <message>
        <source>The server checks every line without importing anything yet.</source>
        <translation>Sunucu, henüz hiçbir şeyi içe aktarmadan her satırı denetler.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Satır</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Alan</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Sorun</translation>
    </message>
    <message>
        <source>Checking the file on the server…</source>
        <translation>Dosya sunucuda denetleniyor…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Denetim iptal edildi.</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>Dosya denetlenemedi: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read, </source>
        <translation>
            <numerusform>%n satır okundu, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid, </source>
        <translation>
            <numerusform>%n geçerli, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s).</source>
        <translation>
            <numerusform>%n sorun.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines with problems will be skipped.</source>
        <translation>Sorunlu satırlar atlanacak.</translation>
    </message>
    <message>
        <source>Correct them, or choose to skip invalid lines, to import.</source>
        <translation>İçe aktarmak için sorunları düzeltin ya da geçersiz satırları atlamayı seçin.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 okunuyor…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>Dosyanın okunması iptal edildi.</translation>
    </message>
</context>
<context>
    <name>castellan::console::DurationEdit</name>
    <message>
        <source>seconds</source>
        <translation>saniye</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>dakika</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>saat</translation>
    </message>
    <message>
        <source>days</source>
        <translation>gün</translation>
    </message>
</context>
<context>
    <name>castellan::console::EnrollmentDialog</name>
    <message>
        <source>SoftOTP Enrollment</source>
        <translation>SoftOTP Kaydı</translation>
    </message>
    <message>
        <source>Preparing the enrollment for &lt;b&gt;%1&lt;/b&gt;…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; için kayıt hazırlanıyor…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Bağlantı:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Geçerlilik sonu:</translation>
    </message>
    <message>
        <source>The enrollment could not be started: %1</source>
        <translation>Kayıt başlatılamadı: %1</translation>
    </message>
    <message>
        <source>Ask &lt;b&gt;%1&lt;/b&gt; to scan this code with the Castellan app (any authenticator app works for codes alone). The first code the app shows verifies the device.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; kullanıcısından bu kodu Castellan uygulamasıyla taratmasını isteyin (yalnızca kodlar için herhangi bir doğrulayıcı uygulama da olur). Uygulamanın gösterdiği ilk kod cihazı doğrular.</translation>
    </message>
</context>
<context>
    <name>castellan::console::ExpirationDialog</name>
    <message>
        <source>Set Expiration</source>
        <translation>Son Kullanma Tarihini Ayarla</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Uygula</translation>
    </message>
    <message>
        <source>&amp;Set to:</source>
        <translation>&amp;Şu tarihe ayarla:</translation>
    </message>
    <message>
        <source>E&amp;xtend each user&apos;s own date by:</source>
        <translation>Her kullanıcının kendi tarihini &amp;uzat:</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 gün</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 gün</translation>
    </message>
    <message>
        <source>1 year (calendar)</source>
        <translation>1 yıl (takvim yılı)</translation>
    </message>
    <message numerus="yes">
        <source>Apply moves the expiration of each of the %n selected user(s) later by %1, from that user&apos;s own date. Users who never expire stay so; users already expired get it from today.</source>
        <translation>
            <numerusform>Uygula, seçili %n kullanıcının her birinin son kullanma tarihini kendi tarihinden başlayarak %1 ileri alır. Süresi hiç dolmayan kullanıcılar öyle kalır; süresi dolmuş kullanıcılar bugünden başlayarak uzatılır.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply sets the expiration of the %n selected user(s) to %1.</source>
        <translation>
            <numerusform>Uygula, seçili %n kullanıcının son kullanma tarihini %1 olarak ayarlar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply makes the %n selected user(s) never expire.</source>
        <translation>
            <numerusform>Uygula, seçili %n kullanıcının süresinin hiç dolmamasını sağlar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>castellan::console::ExpiryField</name>
    <message>
        <source>Expires on</source>
        <translation>Son kullanma tarihi</translation>
    </message>
</context>
<context>
    <name>castellan::console::LicenseAlarmsDialog</name>
    <message>
        <source>License Alarms</source>
        <translation>Lisans Alarmları</translation>
    </message>
    <message>
        <source>E-mails warn before the support period ends and as the month&apos;s users approach the limit; each alarm is sent once.</source>
        <translation>E-postalar, destek süresi bitmeden önce ve ayın kullanıcı sayısı sınıra yaklaştıkça uyarır; her alarm bir kez gönderilir.</translation>
    </message>
    <message>
        <source>One e-mail address per line</source>
        <translation>Her satırda bir e-posta adresi</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Alıcılar:</translation>
    </message>
    <message>
        <source>&amp;Days before support ends:</source>
        <translation>Destek bitmeden önceki &amp;günler:</translation>
    </message>
    <message>
        <source>&amp;Percent of the user limit:</source>
        <translation>Kullanıcı sınırının &amp;yüzdesi:</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Eşik</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gönderildi</translation>
    </message>
    <message>
        <source>Sent alarms:</source>
        <translation>Gönderilen alarmlar:</translation>
    </message>
    <message>
        <source>Support ends (%1)</source>
        <translation>Destek bitişi (%1)</translation>
    </message>
    <message>
        <source>Users (%1)</source>
        <translation>Kullanıcılar (%1)</translation>
    </message>
    <message>
        <source>must be whole numbers separated by commas</source>
        <translation>virgülle ayrılmış tam sayılar olmalı</translation>
    </message>
</context>
<context>
    <name>castellan::console::LicenseKeyDialog</name>
    <message>
        <source>Enter License Key</source>
        <translation>Lisans Anahtarı Girin</translation>
    </message>
    <message>
        <source>Paste the key the vendor sent for App Key &lt;b&gt;%1&lt;/b&gt;. It replaces the license in force at once.</source>
        <translation>Satıcının &lt;b&gt;%1&lt;/b&gt; Uygulama Anahtarı için gönderdiği anahtarı yapıştırın. Geçerli lisansın yerini hemen alır.</translation>
    </message>
    <message>
        <source>License &amp;key:</source>
        <translation>Lisans &amp;anahtarı:</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Yükle</translation>
    </message>
</context>
<context>
    <name>castellan::console::LicensePage</name>
    <message>
        <source>Could not load the license: %1</source>
        <translation>Lisans yüklenemedi: %1</translation>
    </message>
    <message>
        <source>The support period has ended: sign-ins are refused until a new license key is entered.</source>
        <translation>Destek süresi sona erdi: yeni bir lisans anahtarı girilene kadar oturum açma istekleri reddedilir.</translation>
    </message>
    <message>
        <source>License for %1 installed</source>
        <translation>%1 için lisans yüklendi</translation>
    </message>
    <message>
        <source>License alarms saved</source>
        <translation>Lisans alarmları kaydedildi</translation>
    </message>
    <message>
        <source>Save App Key File</source>
        <translation>Uygulama Anahtarı Dosyasını Kaydet</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON dosyaları (*.json)</translation>
    </message>
    <message>
        <source>Could not get the App Key file</source>
        <translation>Uygulama Anahtarı dosyası alınamadı</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Kaydedilmedi</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 yazılamıyor.</translation>
    </message>
    <message>
        <source>App Key file saved to %1</source>
        <translation>Uygulama Anahtarı dosyası %1 konumuna kaydedildi</translation>
    </message>
    <message>
        <source>Preparing the App Key file…</source>
        <translation>Uygulama Anahtarı dosyası hazırlanıyor…</translation>
    </message>
    <message>
        <source>Enter License Key…</source>
        <translation>Lisans Anahtarı Gir…</translation>
    </message>
    <message>
        <source>Download App Key File…</source>
        <translation>Uygulama Anahtarı Dosyasını İndir…</translation>
    </message>
    <message>
        <source>Alarms…</source>
        <translation>Alarmlar…</translation>
    </message>
    <message>
        <source>Unique users per month</source>
        <translation>Aylık tekil kullanıcılar</translation>
    </message>
    <message>
        <source>Users counted in the month</source>
        <translation>Ay içinde sayılan kullanıcılar</translation>
    </message>
</context>
<context>
    <name>castellan::console::LicenseSummaryView</name>
    <message>
        <source>Demo</source>
        <translation>Deneme</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonelik</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>License %1</source>
        <translation>Lisans %1</translation>
    </message>
    <message>
        <source>%1 — ended</source>
        <translation>%1 — sona erdi</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n day(s) left</source>
        <translation>
            <numerusform>%1 — %n gün kaldı</numerusform>
        </translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Şirket:</translation>
    </message>
    <message>
        <source>License type:</source>
        <translation>Lisans türü:</translation>
    </message>
    <message>
        <source>Users this month:</source>
        <translation>Bu ayki kullanıcılar:</translation>
    </message>
    <message>
        <source>Support ends:</source>
        <translation>Destek bitişi:</translation>
    </message>
    <message>
        <source>Push subscription:</source>
        <translation>Anlık bildirim aboneliği:</translation>
    </message>
    <message>
        <source>App Key:</source>
        <translation>Uygulama Anahtarı:</translation>
    </message>
    <message>
        <source>Send this key to the vendor to receive your license key</source>
        <translation>Lisans anahtarınızı almak için bu anahtarı satıcıya gönderin</translation>
    </message>
    <message>
        <source>Copy the App Key</source>
        <translation>Uygulama Anahtarını kopyala</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
</context>
<context>
    <name>castellan::console::LicenseUsageModel</name>
    <message>
        <source>Username</source>
        <translation>Kullanıcı Adı</translation>
    </message>
    <message>
        <source>First Sign-in This Month</source>
        <translation>Bu Aydaki İlk Oturum Açma</translation>
    </message>
    <message>
        <source>Last Sign-in</source>
        <translation>Son Oturum Açma</translation>
    </message>
</context>
<context>
    <name>castellan::console::LocalUsersPage</name>
    <message>
        <source>New User…</source>
        <translation>Yeni Kullanıcı…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Düzenle…</translation>
    </message>
    <message>
        <source>Change Password…</source>
        <translation>Parolayı Değiştir…</translation>
    </message>
    <message>
        <source>Set Expiration…</source>
        <translation>Son Kullanma Tarihi…</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Etkinleştir</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Devre Dışı Bırak</translation>
    </message>
    <message>
        <source>Reset Passwords…</source>
        <translation>Parolaları Sıfırla…</translation>
    </message>
    <message>
        <source>Terminate Sessions…</source>
        <translation>Oturumları Sonlandır…</translation>
    </message>
    <message>
        <source>Enroll SoftOTP…</source>
        <translation>SoftOTP Kaydı…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Sil…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV İçe Aktar…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV Dışa Aktar…</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tüm kullanıcılar</translation>
    </message>
    <message>
        <source>No local users yet.
Create one (Ctrl+N) or import a CSV file.</source>
        <translation>Henüz yerel kullanıcı yok.
Bir tane oluşturun (Ctrl+N) ya da bir CSV dosyası içe aktarın.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n kullanıcı</numerusform>
        </translation>
    </message>
    <message>
        <source>User “%1” created</source>
        <translation>“%1” kullanıcısı oluşturuldu</translation>
    </message>
    <message>
        <source>Temporary Password</source>
        <translation>Geçici Parola</translation>
    </message>
    <message>
        <source>Give this temporary password to %1; it must be changed at the first sign-in.</source>
        <translation>Bu geçici parolayı %1 kullanıcısına verin; ilk oturum açışta değiştirilmesi gerekir.</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Kullanıcı adı:</translation>
    </message>
    <message>
        <source>User “%1” saved</source>
        <translation>“%1” kullanıcısı kaydedildi</translation>
    </message>
    <message>
        <source>Could not change the user</source>
        <translation>Kullanıcı değiştirilemedi</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Devre dışı</translation>
    </message>
    <message>
        <source>Password of “%1” changed</source>
        <translation>“%1” kullanıcısının parolası değiştirildi</translation>
    </message>
    <message>
        <source>Expiration of %1.</source>
        <translation>%1 için son kullanma tarihi.</translation>
    </message>
    <message numerus="yes">
        <source>Expiration set for %n user(s)</source>
        <translation>
            <numerusform>%n kullanıcının son kullanma tarihi ayarlandı</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset Passwords</source>
        <translation>Parolaları Sıfırla</translation>
    </message>
    <message>
        <source>Give %1 a new temporary password?</source>
        <translation>%1 için yeni geçici parola oluşturulsun mu?</translation>
    </message>
    <message>
        <source>Their current passwords stop working; each must choose a new one at the next sign-in.</source>
        <translation>Mevcut parolaları geçersiz olur; her biri bir sonraki oturum açışta yeni bir parola seçmelidir.</translation>
    </message>
    <message>
        <source>Could not reset the passwords</source>
        <translation>Parolalar sıfırlanamadı</translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) reset</source>
        <translation>
            <numerusform>%n parola sıfırlandı</numerusform>
        </translation>
    </message>
    <message>
        <source>Resetting passwords…</source>
        <translation>Parolalar sıfırlanıyor…</translation>
    </message>
    <message>
        <source>Terminate Sessions</source>
        <translation>Oturumları Sonlandır</translation>
    </message>
    <message>
        <source>End every session of %1?</source>
        <translation>%1 kullanıcısının tüm oturumları sonlandırılsın mı?</translation>
    </message>
    <message>
        <source>Sign-ins in progress are cancelled; the user must sign in again.</source>
        <translation>Süren oturum açma işlemleri iptal edilir; kullanıcı yeniden oturum açmalıdır.</translation>
    </message>
    <message>
        <source>Could not terminate the sessions</source>
        <translation>Oturumlar sonlandırılamadı</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) of %1 ended</source>
        <translation>
            <numerusform>%1 kullanıcısının %n oturumu sonlandırıldı</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Users</source>
        <translation>Kullanıcıları Sil</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 silinsin mi?</translation>
    </message>
    <message>
        <source>Their second factors and devices are deleted with them. This cannot be undone.</source>
        <translation>İkinci faktörleri ve cihazları da birlikte silinir. Bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <source>Could not delete the user</source>
        <translation>Kullanıcı silinemedi</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) deleted</source>
        <translation>
            <numerusform>%n kullanıcı silindi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) imported</source>
        <translation>
            <numerusform>%n kullanıcı içe aktarıldı</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Users</source>
        <translation>Kullanıcıları Dışa Aktar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <source>Could not export the users</source>
        <translation>Kullanıcılar dışa aktarılamadı</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Kaydedilmedi</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 yazılamıyor.</translation>
    </message>
    <message>
        <source>Users exported to %1</source>
        <translation>Kullanıcılar %1 dosyasına aktarıldı</translation>
    </message>
    <message>
        <source>Exporting users…</source>
        <translation>Kullanıcılar dışa aktarılıyor…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Aç…</translation>
    </message>
    <message>
        <source>Import Hardware Tokens…</source>
        <translation>Donanım Anahtarlarını İçe Aktar…</translation>
    </message>
    <message numerus="yes">
        <source>%n hardware token(s) imported</source>
        <translation>
            <numerusform>%n donanım anahtarı içe aktarıldı</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Directory User…</source>
        <translation>Dizin Kullanıcısı Ekle…</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Tüm kaynaklar</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Yerel</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Dizin</translation>
    </message>
    <message>
        <source>Directory user “%1” added</source>
        <translation>“%1” dizin kullanıcısı eklendi</translation>
    </message>
</context>
<context>
    <name>castellan::console::MainWindow</name>
    <message>
        <source>Castellan Console</source>
        <translation>Castellan Konsolu</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>D&amp;il</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Bağlan…</translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation>&amp;Oturumu Kapat</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;Sistem Varsayılanı</translation>
    </message>
    <message>
        <source>&amp;About Castellan Console</source>
        <translation>Castellan Konsolu &amp;Hakkında</translation>
    </message>
    <message>
        <source>Token kept in memory only (no keychain)</source>
        <translation>Belirteç yalnızca bellekte tutuluyor (anahtarlık yok)</translation>
    </message>
    <message>
        <source>No system keychain is available, so you will have to sign in again after restarting the console.</source>
        <translation>Sistem anahtarlığı kullanılamıyor; konsolu yeniden başlattıktan sonra tekrar oturum açmanız gerekecek.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Sunucu: %1</translation>
    </message>
    <message>
        <source>No server</source>
        <translation>Sunucu yok</translation>
    </message>
    <message>
        <source>Admin: %1</source>
        <translation>Yönetici: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Oturum açılmadı</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Bağlı</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Bağlı değil</translation>
    </message>
    <message>
        <source>The connection dialog is not available yet.</source>
        <translation>Bağlantı penceresi henüz kullanılamıyor.</translation>
    </message>
    <message>
        <source>About Castellan Console</source>
        <translation>Castellan Konsolu Hakkında</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Castellan Console %1&lt;/h3&gt;&lt;p&gt;Administration console for the Castellan MFA server.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Castellan Konsolu %1&lt;/h3&gt;&lt;p&gt;Castellan MFA sunucusunun yönetim konsolu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Bağlantı kesildi</translation>
    </message>
</context>
<context>
    <name>castellan::console::OperationProgress</name>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>castellan::console::PageActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>Y&amp;eni</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Bul</translation>
    </message>
</context>
<context>
    <name>castellan::console::PagerBar</name>
    <message>
        <source>No entries</source>
        <translation>Kayıt yok</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 / %3</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>İlk sayfa</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Önceki sayfa</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Sonraki sayfa</translation>
    </message>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation>%1 · sayfa %2 / %3</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Son sayfa</translation>
    </message>
</context>
<context>
    <name>castellan::console::PasswordChangeForm</name>
    <message>
        <source>&lt;b&gt;Choose your own password.&lt;/b&gt; The password you signed in with was for the first sign-in only.</source>
        <translation>&lt;b&gt;Kendi parolanızı seçin.&lt;/b&gt; Oturum açtığınız parola yalnızca ilk oturum açış içindi.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Yeni parola:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>Parolayı &amp;doğrulayın:</translation>
    </message>
    <message numerus="yes">
        <source>The new password needs at least %n character(s), must not be or contain your username, and must differ from the password you signed in with. A phrase of a few words is easiest to remember.</source>
        <translation>
            <numerusform>Yeni parola en az %n karakter olmalı, kullanıcı adınız olmamalı ve onu içermemeli, oturum açtığınız paroladan farklı olmalıdır. Birkaç kelimelik bir cümle en kolay hatırlananıdır.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>castellan::console::PlaceholderPage</name>
    <message>
        <source>This page needs a connection to a Castellan server.</source>
        <translation>Bu sayfa bir Castellan sunucusuna bağlantı gerektirir.</translation>
    </message>
    <message>
        <source>Connect to Server…</source>
        <translation>Sunucuya Bağlan…</translation>
    </message>
    <message>
        <source>The server you are connected to does not offer this page: it is an older version. Update the server to use it.</source>
        <translation>Bağlı olduğunuz sunucu bu sayfayı sunmuyor: daha eski bir sürüm. Kullanmak için sunucuyu güncelleyin.</translation>
    </message>
</context>
<context>
    <name>castellan::console::RadiusClientDialog</name>
    <message>
        <source>New RADIUS Client</source>
        <translation>Yeni RADIUS İstemcisi</translation>
    </message>
    <message>
        <source>A VPN concentrator, Wi-Fi controller or switch that asks this server to authenticate users. Its requests must come from the source address or network and be signed with the shared secret.</source>
        <translation>Kullanıcıların kimliğini bu sunucuya doğrulatan bir VPN yoğunlaştırıcısı, Wi-Fi denetleyicisi veya anahtar. İstekleri kaynak adresten veya ağdan gelmeli ve paylaşılan parolayla imzalanmalıdır.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Oluştur</translation>
    </message>
    <message>
        <source>Edit RADIUS Client</source>
        <translation>RADIUS İstemcisini Düzenle</translation>
    </message>
    <message>
        <source>Unchanged (Generate makes a new one)</source>
        <translation>Değişmedi (Üret yenisini oluşturur)</translation>
    </message>
    <message>
        <source>192.0.2.10 or 10.20.0.0/16</source>
        <translation>192.0.2.10 veya 10.20.0.0/16</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>Ü&amp;ret</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <source>Require Message-Authenticator in every request</source>
        <translation>Her istekte Message-Authenticator iste</translation>
    </message>
    <message>
        <source>The only enabled RADIUS profile</source>
        <translation>Etkin olan tek RADIUS profili</translation>
    </message>
    <message>
        <source>Answer this client&apos;s requests</source>
        <translation>Bu istemcinin isteklerini yanıtla</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Kaynak:</translation>
    </message>
    <message>
        <source>Shared s&amp;ecret:</source>
        <translation>&amp;Paylaşılan parola:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Güvenlik:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Durum:</translation>
    </message>
    <message>
        <source>Copy this secret into the RADIUS client&apos;s configuration now: the server keeps it sealed and never shows it again.</source>
        <translation>Bu parolayı şimdi RADIUS istemcisinin yapılandırmasına kopyalayın: sunucu onu şifreli saklar ve bir daha göstermez.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopyalandı</translation>
    </message>
    <message>
        <source>Turn Off Message-Authenticator</source>
        <translation>Message-Authenticator Kapatılıyor</translation>
    </message>
    <message>
        <source>Accept requests from this client without Message-Authenticator?</source>
        <translation>Bu istemciden Message-Authenticator olmadan gelen istekler kabul edilsin mi?</translation>
    </message>
    <message>
        <source>Without it, an attacker between the client and this server can forge an Access-Accept (BlastRADIUS, CVE-2024-3596). Turn it off only for old equipment that cannot send it, and only on a network you trust. Requests carrying Proxy-State still need it.</source>
        <translation>Bu olmadan, istemciyle bu sunucu arasındaki bir saldırgan sahte bir Access-Accept üretebilir (BlastRADIUS, CVE-2024-3596). Yalnızca onu gönderemeyen eski cihazlar için ve yalnızca güvendiğiniz bir ağda kapatın. Proxy-State taşıyan istekler yine de onu gerektirir.</translation>
    </message>
</context>
<context>
    <name>castellan::console::RadiusClientModel</name>
    <message>
        <source>%1 (%2 accepted, %3 rejected, %4 challenged)</source>
        <translation>%1 (%2 kabul, %3 ret, %4 ek soru)</translation>
    </message>
    <message>
        <source>(the only RADIUS profile)</source>
        <translation>(tek RADIUS profili)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Zorunlu</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Zorunlu değil</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Devre dışı</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Henüz yok</translation>
    </message>
    <message>
        <source>Counted by the server you are connected to since %1</source>
        <translation>Bağlı olduğunuz sunucu tarafından %1 tarihinden beri sayıldı</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Message-Authenticator</source>
        <translation>Message-Authenticator</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Last Request</source>
        <translation>Son İstek</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>İstekler</translation>
    </message>
</context>
<context>
    <name>castellan::console::RadiusClientsPage</name>
    <message>
        <source>New Client…</source>
        <translation>Yeni İstemci…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Düzenle…</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Etkinleştir</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Devre Dışı Bırak…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Sil…</translation>
    </message>
    <message>
        <source>No RADIUS clients yet.
Add each VPN concentrator, Wi-Fi controller or switch (Ctrl+N) with the address it sends from and a shared secret.</source>
        <translation>Henüz RADIUS istemcisi yok.
Her VPN yoğunlaştırıcısını, Wi-Fi denetleyicisini veya anahtarı (Ctrl+N) gönderdiği adres ve paylaşılan bir parolayla ekleyin.</translation>
    </message>
    <message>
        <source>RADIUS client “%1” created</source>
        <translation>RADIUS istemcisi “%1” oluşturuldu</translation>
    </message>
    <message>
        <source>RADIUS client “%1” saved</source>
        <translation>RADIUS istemcisi “%1” kaydedildi</translation>
    </message>
    <message>
        <source>Could not change the RADIUS client</source>
        <translation>RADIUS istemcisi değiştirilemedi</translation>
    </message>
    <message>
        <source>RADIUS client “%1” enabled</source>
        <translation>RADIUS istemcisi “%1” etkinleştirildi</translation>
    </message>
    <message>
        <source>RADIUS client “%1” disabled</source>
        <translation>RADIUS istemcisi “%1” devre dışı bırakıldı</translation>
    </message>
    <message>
        <source>Disable RADIUS Client</source>
        <translation>RADIUS İstemcisini Devre Dışı Bırak</translation>
    </message>
    <message>
        <source>Disable “%1”?</source>
        <translation>“%1” devre dışı bırakılsın mı?</translation>
    </message>
    <message>
        <source>Requests from its address are no longer answered until it is enabled again.</source>
        <translation>Yeniden etkinleştirilene dek adresinden gelen istekler yanıtlanmaz.</translation>
    </message>
    <message>
        <source>Delete the RADIUS client “%1”?</source>
        <translation>RADIUS istemcisi “%1” silinsin mi?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n RADIUS client(s)?</source>
        <translation>
            <numerusform>%n RADIUS istemcisi silinsin mi?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete RADIUS Client</source>
        <translation>RADIUS İstemcisini Sil</translation>
    </message>
    <message>
        <source>Requests from its address are no longer answered.</source>
        <translation>Adresinden gelen istekler artık yanıtlanmaz.</translation>
    </message>
    <message>
        <source>Could not delete the RADIUS client</source>
        <translation>RADIUS istemcisi silinemedi</translation>
    </message>
</context>
<context>
    <name>castellan::console::RemoteConfigurationDialog</name>
    <message>
        <source>Ask for the app&apos;s PIN before showing a code or answering a push</source>
        <translation>Kod göstermeden ya da bildirimi yanıtlamadan önce uygulama PIN&apos;ini sor</translation>
    </message>
    <message>
        <source>Ask for a fingerprint or face before showing a code or answering a push</source>
        <translation>Kod göstermeden ya da bildirimi yanıtlamadan önce parmak izi ya da yüz doğrulaması iste</translation>
    </message>
    <message>
        <source>Remote Configuration</source>
        <translation>Uzaktan Yapılandırma</translation>
    </message>
    <message>
        <source>Settings for %1&apos;s device “%2”. The app applies them at its next sync.</source>
        <translation>%1 kullanıcısının “%2” cihazı için ayarlar. Uygulama bunları bir sonraki eşitlemede uygular.</translation>
    </message>
    <message numerus="yes">
        <source>Settings for %n device(s). The apps apply them at their next sync.</source>
        <translation>
            <numerusform>%n cihaz için ayarlar. Uygulamalar bunları bir sonraki eşitlemede uygular.</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN required:</source>
        <translation>PIN gerekli:</translation>
    </message>
    <message>
        <source>Biometric required:</source>
        <translation>Biyometrik doğrulama gerekli:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Uygula</translation>
    </message>
    <message>
        <source>The selected devices differ here; choose a value for all of them.</source>
        <translation>Seçili cihazlar bu ayarda farklı; hepsi için bir değer seçin.</translation>
    </message>
</context>
<context>
    <name>castellan::console::ReplyAttributesEditor</name>
    <message>
        <source>&amp;Add Attribute</source>
        <translation>Nitelik &amp;Ekle</translation>
    </message>
    <message>
        <source>Attribute, e.g. Filter-Id</source>
        <translation>Nitelik, ör. Filter-Id</translation>
    </message>
    <message>
        <source>Value, e.g. vpn-{username}</source>
        <translation>Değer, ör. vpn-{username}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
</context>
<context>
    <name>castellan::console::SecretRevealDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy it now.&lt;/b&gt; It is shown only once and cannot be retrieved later.</source>
        <translation>&lt;b&gt;Şimdi kopyalayın.&lt;/b&gt; Yalnızca bir kez gösterilir ve daha sonra alınamaz.</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Parola:</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Panoya kopyalandı.</translation>
    </message>
</context>
<context>
    <name>castellan::console::SecuritySettingsPage</name>
    <message>
        <source>Failed sign-in attempts are counted per user in a sliding window. When they reach the limit, the user is blocked on every channel.</source>
        <translation>Başarısız oturum açma denemeleri kullanıcı başına kayan bir zaman penceresinde sayılır. Sınıra ulaşıldığında kullanıcı tüm kanallarda engellenir.</translation>
    </message>
    <message>
        <source>Failed attempt &amp;limit:</source>
        <translation>Başarısız deneme &amp;sınırı:</translation>
    </message>
    <message>
        <source>Counted &amp;within:</source>
        <translation>&amp;Sayım penceresi:</translation>
    </message>
    <message>
        <source>&amp;Block for:</source>
        <translation>&amp;Engelleme süresi:</translation>
    </message>
    <message>
        <source>Permanent block:</source>
        <translation>Kalıcı engelleme:</translation>
    </message>
    <message>
        <source>Block until an admin removes the block</source>
        <translation>Bir yönetici engeli kaldırana kadar engelle</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Geri Al</translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s) within %1 block a user until an admin removes the block.</source>
        <translation>
            <numerusform>%1 içinde %n başarısız deneme, kullanıcıyı bir yönetici engeli kaldırana kadar engeller.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s) within %1 block a user for %2.</source>
        <translation>
            <numerusform>%1 içinde %n başarısız deneme, kullanıcıyı %2 boyunca engeller.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another admin changed these settings since you opened them. Revert to see theirs, then make your change again.</source>
        <translation>Siz açtıktan sonra başka bir yönetici bu ayarları değiştirdi. Onun değişikliklerini görmek için Geri Al&apos;a basın, ardından değişikliğinizi yeniden yapın.</translation>
    </message>
    <message>
        <source>Security settings saved</source>
        <translation>Güvenlik ayarları kaydedildi</translation>
    </message>
    <message>
        <source>Failures per &amp;address:</source>
        <translation>&amp;Adres başına hata:</translation>
    </message>
    <message>
        <source>Per address &amp;within:</source>
        <translation>Adres başına &amp;süre:</translation>
    </message>
    <message>
        <source>Minimum password &amp;length:</source>
        <translation>En kısa parola &amp;uzunluğu:</translation>
    </message>
    <message>
        <source>Failed sign-ins from one network address (any user) within its window before further attempts from it are slowed down, against password spraying.</source>
        <translation>Bir ağ adresinden (herhangi bir kullanıcı için) süresi içinde yapılan başarısız oturum açma sayısı; bu sayıya ulaşınca o adresten gelen denemeler yavaşlatılır (parola püskürtmeye karşı).</translation>
    </message>
</context>
<context>
    <name>castellan::console::SetPasswordDialog</name>
    <message>
        <source>Set this password</source>
        <translation>Bu parolayı ayarla</translation>
    </message>
    <message>
        <source>Generate a temporary password</source>
        <translation>Geçici parola oluştur</translation>
    </message>
    <message>
        <source>The user must change it at the next sign-in</source>
        <translation>Kullanıcı bir sonraki oturum açışta değiştirmeli</translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation>Parolayı Değiştir</translation>
    </message>
    <message>
        <source>New password for &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; için yeni parola.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Doğrula:</translation>
    </message>
</context>
<context>
    <name>castellan::console::SignInForm</name>
    <message>
        <source>Forget Trusted Certificate…</source>
        <translation>Güvenilen Sertifikayı Unut…</translation>
    </message>
    <message>
        <source>Sign in to a Castellan server with your administrator account.</source>
        <translation>Yönetici hesabınızla bir Castellan sunucusunda oturum açın.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Sunucu:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Kullanıcı adı:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <source>&amp;One-time code:</source>
        <translation>&amp;Tek kullanımlık kod:</translation>
    </message>
    <message>
        <source>Enter the server&apos;s HTTPS address, e.g. https://mfa.example.com:8443.</source>
        <translation>Sunucunun HTTPS adresini girin, örneğin https://mfa.example.com:8443.</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 hane</translation>
    </message>
    <message>
        <source>From your authenticator app. Leave it empty at your first sign-in: you set up the app right after.</source>
        <translation>Doğrulayıcı uygulamanızdan. İlk oturum açışınızda boş bırakın: uygulamayı hemen ardından kurarsınız.</translation>
    </message>
</context>
<context>
    <name>castellan::console::SoftOtpDeviceModel</name>
    <message>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <source>No — %1</source>
        <translation>Hayır — %1</translation>
    </message>
    <message>
        <source>The device gets the new configuration at its next sync.</source>
        <translation>Cihaz yeni yapılandırmayı bir sonraki eşitlemede alır.</translation>
    </message>
    <message>
        <source>Not enrolled yet</source>
        <translation>Henüz kaydolmadı</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>İletildi</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Bekliyor</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Hiçbir zaman</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Kullanıcı Adı</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Cihaz</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Doğrulandı</translation>
    </message>
    <message>
        <source>PIN Required</source>
        <translation>PIN Gerekli</translation>
    </message>
    <message>
        <source>Biometric Required</source>
        <translation>Biyometrik Gerekli</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Yapılandırma</translation>
    </message>
    <message>
        <source>Last Sync</source>
        <translation>Son Eşitleme</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oluşturulma</translation>
    </message>
</context>
<context>
    <name>castellan::console::SoftOtpUsersPage</name>
    <message>
        <source>New Enrollment…</source>
        <translation>Yeni Kayıt…</translation>
    </message>
    <message>
        <source>Enrollment QR Code…</source>
        <translation>Kayıt QR Kodu…</translation>
    </message>
    <message>
        <source>Remote Configuration…</source>
        <translation>Uzaktan Yapılandırma…</translation>
    </message>
    <message>
        <source>Remove Device…</source>
        <translation>Cihazı Kaldır…</translation>
    </message>
    <message>
        <source>No SoftOTP devices yet.
Start an enrollment (Ctrl+N) and let the user scan its QR code.</source>
        <translation>Henüz SoftOTP cihazı yok.
Bir kayıt başlatın (Ctrl+N) ve kullanıcının QR kodunu taratmasını sağlayın.</translation>
    </message>
    <message>
        <source>New SoftOTP Enrollment</source>
        <translation>Yeni SoftOTP Kaydı</translation>
    </message>
    <message numerus="yes">
        <source>Remote configuration set for %n device(s)</source>
        <translation>
            <numerusform>%n cihazın uzaktan yapılandırması ayarlandı</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1&apos;s device “%2”?</source>
        <translation>%1 kullanıcısının “%2” cihazı kaldırılsın mı?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n device(s)?</source>
        <translation>
            <numerusform>%n cihaz kaldırılsın mı?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Device</source>
        <translation>Cihazı Kaldır</translation>
    </message>
    <message>
        <source>The device&apos;s TOTP factor is deleted with it; the app can no longer sign in.</source>
        <translation>Cihazın TOTP faktörü de birlikte silinir; uygulama artık oturum açamaz.</translation>
    </message>
    <message>
        <source>Could not remove the device</source>
        <translation>Cihaz kaldırılamadı</translation>
    </message>
</context>
<context>
    <name>castellan::console::SsoSessionModel</name>
    <message>
        <source>%1, signed in %2 as %3</source>
        <translation>%1, %2 tarihinde %3 olarak oturum açıldı</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Kullanıcı</translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation>Kaynak IP</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Last Seen</source>
        <translation>Son Görülme</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Sona Erme</translation>
    </message>
    <message>
        <source>Service Providers</source>
        <translation>Hizmet Sağlayıcılar</translation>
    </message>
</context>
<context>
    <name>castellan::console::SsoSessionsPage</name>
    <message>
        <source>Username…</source>
        <translation>Kullanıcı adı…</translation>
    </message>
    <message>
        <source>Shows the sessions of the user with exactly this username</source>
        <translation>Tam olarak bu kullanıcı adına sahip kullanıcının oturumlarını gösterir</translation>
    </message>
    <message>
        <source>End Session…</source>
        <translation>Oturumu Sonlandır…</translation>
    </message>
    <message>
        <source>End the selected sessions: the browser must sign in again (Del)</source>
        <translation>Seçili oturumları sonlandırır: tarayıcı yeniden oturum açmalıdır (Del)</translation>
    </message>
    <message>
        <source>No one is signed in to a SAML application.
A session starts when a user signs in to a service provider through Castellan.</source>
        <translation>Hiç kimse bir SAML uygulamasında oturum açmış değil.
Bir kullanıcı Castellan üzerinden bir hizmet sağlayıcıda oturum açtığında bir oturum başlar.</translation>
    </message>
    <message>
        <source>End the SSO session of “%1”?</source>
        <translation>“%1” kullanıcısının SSO oturumu sonlandırılsın mı?</translation>
    </message>
    <message numerus="yes">
        <source>End %n SSO session(s)?</source>
        <translation>
            <numerusform>%n SSO oturumu sonlandırılsın mı?</numerusform>
        </translation>
    </message>
    <message>
        <source>End Session</source>
        <translation>Oturumu Sonlandır</translation>
    </message>
    <message>
        <source>The browser must sign in again before it opens another application.</source>
        <translation>Tarayıcı başka bir uygulamayı açmadan önce yeniden oturum açmalıdır.</translation>
    </message>
    <message>
        <source>Could not end the session</source>
        <translation>Oturum sonlandırılamadı</translation>
    </message>
    <message numerus="yes">
        <source>%n SSO session(s) ended</source>
        <translation>
            <numerusform>%n SSO oturumu sonlandırıldı</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>castellan::console::TablePage</name>
    <message>
        <source>More</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>Could not load the list: %1</source>
        <translation>Liste yüklenemedi: %1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>“%1” ile eşleşen bir şey yok.</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Ara…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Yeniden Dene</translation>
    </message>
    <message>
        <source>This server does not offer this page yet: it is older than this console. Upgrade the server to use it.</source>
        <translation>Bu sunucu bu sayfayı henüz sunmuyor: sunucu bu konsoldan eski. Kullanmak için sunucuyu yükseltin.</translation>
    </message>
</context>
<context>
    <name>castellan::console::TemporaryPasswordsDialog</name>
    <message>
        <source>Temporary Passwords</source>
        <translation>Geçici Parolalar</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Kullanıcı Adı</translation>
    </message>
    <message>
        <source>Temporary Password</source>
        <translation>Geçici Parola</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy or save these passwords now.&lt;/b&gt; They are shown only once; each user must change theirs at the next sign-in.</source>
        <translation>&lt;b&gt;Bu parolaları şimdi kopyalayın ya da kaydedin.&lt;/b&gt; Yalnızca bir kez gösterilirler; her kullanıcı kendi parolasını bir sonraki oturum açışta değiştirmelidir.</translation>
    </message>
    <message>
        <source>&amp;Copy All</source>
        <translation>&amp;Tümünü Kopyala</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Farklı Kaydet…</translation>
    </message>
    <message>
        <source>Save Temporary Passwords</source>
        <translation>Geçici Parolaları Kaydet</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Kaydedilmedi</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 yazılamıyor.</translation>
    </message>
</context>
<context>
    <name>castellan::console::TotpEnrollmentForm</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 hane</translation>
    </message>
    <message>
        <source>&lt;b&gt;Protect your sign-in with a second factor.&lt;/b&gt; Scan the code with an authenticator app (or type in the secret), then enter the code the app shows.</source>
        <translation>&lt;b&gt;Oturumunuzu ikinci bir faktörle koruyun.&lt;/b&gt; Kodu bir doğrulayıcı uygulamayla tarayın (ya da gizli anahtarı elle girin), ardından uygulamanın gösterdiği kodu yazın.</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Parola:</translation>
    </message>
    <message>
        <source>&amp;Code from the app:</source>
        <translation>&amp;Uygulamadaki kod:</translation>
    </message>
</context>
<context>
    <name>castellan::console::UsageChart</name>
    <message>
        <source>No sign-ins counted yet.</source>
        <translation>Henüz sayılan oturum açma yok.</translation>
    </message>
    <message>
        <source>Limit %1</source>
        <translation>Sınır %1</translation>
    </message>
</context>
<context>
    <name>castellan::console::UserDialog</name>
    <message>
        <source>New Local User</source>
        <translation>Yeni Yerel Kullanıcı</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Oluştur</translation>
    </message>
    <message>
        <source>Edit Local User</source>
        <translation>Yerel Kullanıcıyı Düzenle</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Kullanıcı adı:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Soyad:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-posta:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>E&amp;xpiration:</source>
        <translation>&amp;Son kullanma:</translation>
    </message>
    <message>
        <source>Framed &amp;IP:</source>
        <translation>Framed &amp;IP:</translation>
    </message>
    <message>
        <source>Sponsor &amp;name:</source>
        <translation>Sponsor &amp;adı:</translation>
    </message>
    <message>
        <source>Sponsor e-&amp;mail:</source>
        <translation>Sponsor e-&amp;postası:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Açıklama:</translation>
    </message>
    <message>
        <source>The user may sign in</source>
        <translation>Kullanıcı oturum açabilir</translation>
    </message>
    <message>
        <source>Enabled:</source>
        <translation>Etkin:</translation>
    </message>
    <message>
        <source>Set a password</source>
        <translation>Parola belirle</translation>
    </message>
    <message>
        <source>Generate a temporary password (changed at the first sign-in)</source>
        <translation>Geçici parola oluştur (ilk oturum açışta değiştirilir)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Doğrula:</translation>
    </message>
    <message>
        <source>Managed by directory “%1”</source>
        <translation>“%1” dizini tarafından yönetilir</translation>
    </message>
    <message>
        <source>Managed by directory “%1”: the username, names, e-mail, phone and Framed IP come from the directory, and the user signs in with the directory&apos;s password.</source>
        <translation>“%1” dizini tarafından yönetilir: kullanıcı adı, ad, soyad, e-posta, telefon ve Framed IP dizinden gelir; kullanıcı dizinin parolasıyla oturum açar.</translation>
    </message>
</context>
<context>
    <name>castellan::console::UserModel</name>
    <message>
        <source>Active</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Devre dışı</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Süresi doldu</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Engellendi</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s), on %1</source>
        <translation>
            <numerusform>%n gün sonra, %1 tarihinde sona eriyor</numerusform>
        </translation>
    </message>
    <message>
        <source>Must change the password at the next login</source>
        <translation>Bir sonraki oturum açışta parolayı değiştirmeli</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Kullanıcı Adı</translation>
    </message>
    <message>
        <source>First Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Last Name</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Son Kullanma</translation>
    </message>
    <message>
        <source>Framed IP</source>
        <translation>Framed IP</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Sponsor E-mail</source>
        <translation>Sponsor E-postası</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oluşturulma</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Yerel</translation>
    </message>
    <message>
        <source>Signs in with the password of directory “%1”, which owns the names, e-mail and phone</source>
        <translation>“%1” dizininin parolasıyla oturum açar; ad, e-posta ve telefon o dizine aittir</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
</context>
<context>
    <name>castellan::console::UserPickerDialog</name>
    <message>
        <source>Search users…</source>
        <translation>Kullanıcı ara…</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Seç</translation>
    </message>
</context>
<context>
    <name>castellan::console::AdministratorModel</name>
    <message>
        <source>Enrolled</source>
        <translation>Kayıtlı</translation>
    </message>
    <message>
        <source>None (command line)</source>
        <translation>Yok (komut satırı)</translation>
    </message>
    <message>
        <source>Due at next sign-in</source>
        <translation>Sonraki oturum açmada</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Devre dışı</translation>
    </message>
    <message>
        <source>Enabled, one-time password not yet changed</source>
        <translation>Etkin, tek kullanımlık parola henüz değiştirilmedi</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Hiç</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Kullanıcı Adı</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>TOTP</translation>
    </message>
    <message>
        <source>Last Sign-in</source>
        <translation>Son Oturum Açma</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oluşturulma</translation>
    </message>
</context>
<context>
    <name>castellan::console::AdministratorDialog</name>
    <message>
        <source>New Administrator</source>
        <translation>Yeni Yönetici</translation>
    </message>
    <message>
        <source>The new administrator gets a one-time password, shown once after saving. At the first sign-in they choose their own password and enroll an authenticator app (TOTP).</source>
        <translation>Yeni yönetici, kaydettikten sonra bir kez gösterilen tek kullanımlık bir parola alır. İlk oturum açışında kendi parolasını seçer ve bir doğrulayıcı uygulama (TOTP) kaydeder.</translation>
    </message>
    <message>
        <source>e.g. ayse.yilmaz</source>
        <translation>ör. ayse.yilmaz</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Kullanıcı adı:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ekle</translation>
    </message>
</context>
<context>
    <name>castellan::console::AdministratorsPage</name>
    <message>
        <source>New Administrator…</source>
        <translation>Yeni Yönetici…</translation>
    </message>
    <message>
        <source>Reset Password and TOTP…</source>
        <translation>Parolayı ve TOTP’yi Sıfırla…</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Etkinleştir</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Devre Dışı Bırak…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Kaldır…</translation>
    </message>
    <message>
        <source>No administrator matches the search.</source>
        <translation>Aramayla eşleşen yönetici yok.</translation>
    </message>
    <message>
        <source>Give this one-time password to “%1” in person or over a channel you trust. It works once: at the first sign-in they choose their own password and enroll an authenticator app.</source>
        <translation>Bu tek kullanımlık parolayı “%1” kişisine yüz yüze ya da güvendiğiniz bir kanaldan verin. Yalnızca bir kez çalışır: ilk oturum açışta kendi parolasını seçer ve bir doğrulayıcı uygulama kaydeder.</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Kullanıcı adı:</translation>
    </message>
    <message>
        <source>Administrator Added</source>
        <translation>Yönetici Eklendi</translation>
    </message>
    <message>
        <source>Administrator “%1” added</source>
        <translation>“%1” yöneticisi eklendi</translation>
    </message>
    <message>
        <source>Reset Administrator</source>
        <translation>Yöneticiyi Sıfırla</translation>
    </message>
    <message>
        <source>Reset the password and TOTP of “%1”?</source>
        <translation>“%1” yöneticisinin parolası ve TOTP’si sıfırlansın mı?</translation>
    </message>
    <message>
        <source>Their sessions end at once. They sign in with a new one-time password, choose a password and enroll an authenticator app again.</source>
        <translation>Oturumları hemen sona erer. Yeni bir tek kullanımlık parolayla oturum açar, bir parola seçer ve doğrulayıcı uygulamayı yeniden kaydeder.</translation>
    </message>
    <message>
        <source>Could not reset the administrator</source>
        <translation>Yönetici sıfırlanamadı</translation>
    </message>
    <message>
        <source>New One-Time Password</source>
        <translation>Yeni Tek Kullanımlık Parola</translation>
    </message>
    <message>
        <source>Could not change the administrator</source>
        <translation>Yönetici değiştirilemedi</translation>
    </message>
    <message>
        <source>Administrator “%1” enabled</source>
        <translation>“%1” yöneticisi etkinleştirildi</translation>
    </message>
    <message>
        <source>Administrator “%1” disabled</source>
        <translation>“%1” yöneticisi devre dışı bırakıldı</translation>
    </message>
    <message>
        <source>Disable Administrator</source>
        <translation>Yöneticiyi Devre Dışı Bırak</translation>
    </message>
    <message>
        <source>Disable “%1”?</source>
        <translation>“%1” devre dışı bırakılsın mı?</translation>
    </message>
    <message>
        <source>Their sessions end at once and they cannot sign in until enabled again.</source>
        <translation>Oturumları hemen sona erer ve yeniden etkinleştirilene kadar oturum açamaz.</translation>
    </message>
    <message>
        <source>Remove Administrator</source>
        <translation>Yöneticiyi Kaldır</translation>
    </message>
    <message>
        <source>Remove the administrator “%1”?</source>
        <translation>“%1” yöneticisi kaldırılsın mı?</translation>
    </message>
    <message>
        <source>Their sessions end at once. The audit log keeps what they did.</source>
        <translation>Oturumları hemen sona erer. Denetim kaydı yaptıklarını saklar.</translation>
    </message>
    <message>
        <source>Could not remove the administrator</source>
        <translation>Yönetici kaldırılamadı</translation>
    </message>
    <message>
        <source>Administrator “%1” removed</source>
        <translation>“%1” yöneticisi kaldırıldı</translation>
    </message>
</context>
<context>
    <name>castellan::console::DeliveryChannelForm</name>
    <message>
        <source>SMTP &amp;server:</source>
        <translation>SMTP &amp;sunucusu:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Bağlantı noktası:</translation>
    </message>
    <message>
        <source>&amp;STARTTLS (required before sign-in and sending):</source>
        <translation>&amp;STARTTLS (oturum açma ve gönderimden önce zorunlu):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Kullanıcı adı:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pa&amp;rola:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Gönderen:</translation>
    </message>
    <message>
        <source>&amp;Timeout (seconds):</source>
        <translation>&amp;Zaman aşımı (saniye):</translation>
    </message>
    <message>
        <source>Gateway &amp;URL:</source>
        <translation>Ağ geçidi &amp;URL’si:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Yöntem:</translation>
    </message>
    <message>
        <source>&amp;Content type:</source>
        <translation>İçerik &amp;türü:</translation>
    </message>
    <message>
        <source>&amp;Body template:</source>
        <translation>&amp;Gövde şablonu:</translation>
    </message>
    <message>
        <source>&amp;Headers (API keys):</source>
        <translation>Üst &amp;bilgiler (API anahtarları):</translation>
    </message>
    <message>
        <source>&amp;Accepted statuses:</source>
        <translation>&amp;Kabul durum kodları:</translation>
    </message>
    <message>
        <source>Answer must &amp;contain:</source>
        <translation>Yanıtta &amp;bulunması gereken:</translation>
    </message>
    <message>
        <source>E-mail codes and license alarms are sent through this SMTP server. The password is stored sealed under the server&apos;s master key and is never shown again.</source>
        <translation>E-posta kodları ve lisans uyarıları bu SMTP sunucusu üzerinden gönderilir. Parola sunucunun ana anahtarıyla mühürlenerek saklanır ve bir daha gösterilmez.</translation>
    </message>
    <message>
        <source>Text message codes go to your SMS provider&apos;s HTTP API. The URL and the body may hold {phone}, {phone_digits} and {message}. Headers (API keys) are stored sealed and never shown again.</source>
        <translation>Kısa mesaj kodları SMS sağlayıcınızın HTTP API’sine gider. URL ve gövde {phone}, {phone_digits} ve {message} içerebilir. Üst bilgiler (API anahtarları) mühürlenerek saklanır ve bir daha gösterilmez.</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored one</source>
        <translation>Saklı olanı korumak için boş bırakın</translation>
    </message>
    <message>
        <source>Empty: no mail is sent</source>
        <translation>Boş: posta gönderilmez</translation>
    </message>
    <message>
        <source>Castellan MFA &lt;mfa@example.com&gt;</source>
        <translation>Castellan MFA &lt;mfa@example.com&gt;</translation>
    </message>
    <message>
        <source>Empty: no text messages are sent</source>
        <translation>Boş: kısa mesaj gönderilmez</translation>
    </message>
    <message>
        <source>Remove the stored password</source>
        <translation>Saklı parolayı kaldır</translation>
    </message>
    <message>
        <source>Remove the stored headers</source>
        <translation>Saklı üst bilgileri kaldır</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Geri Al</translation>
    </message>
    <message>
        <source>Send &amp;Test Message…</source>
        <translation>&amp;Deneme İletisi Gönder…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>Set in the server&apos;s configuration file, which overrides what is stored here. Change it there and restart the server.</source>
        <translation>Sunucunun yapılandırma dosyasında ayarlı; dosya burada saklananın yerine geçer. Orada değiştirip sunucuyu yeniden başlatın.</translation>
    </message>
    <message>
        <source>Stored on the server; every node uses a change within seconds.</source>
        <translation>Sunucuda saklı; her düğüm bir değişikliği saniyeler içinde kullanır.</translation>
    </message>
    <message>
        <source>Not set up: nothing is sent through this channel.</source>
        <translation>Ayarlanmamış: bu kanaldan hiçbir şey gönderilmez.</translation>
    </message>
    <message>
        <source>Another admin changed these settings since you opened them. Revert to see theirs, then make your change again.</source>
        <translation>Siz açtıktan sonra başka bir yönetici bu ayarları değiştirdi. Onunkileri görmek için geri alın, sonra değişikliğinizi yeniden yapın.</translation>
    </message>
    <message>
        <source>Mail settings saved</source>
        <translation>Posta ayarları kaydedildi</translation>
    </message>
    <message>
        <source>SMS settings saved</source>
        <translation>SMS ayarları kaydedildi</translation>
    </message>
    <message>
        <source>Send Test Message</source>
        <translation>Deneme İletisi Gönder</translation>
    </message>
    <message>
        <source>Send a test e-mail to:</source>
        <translation>Deneme e-postasının gideceği adres:</translation>
    </message>
    <message>
        <source>Send a test text message to:</source>
        <translation>Deneme kısa mesajının gideceği numara:</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Gönderiliyor…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Gönderilemedi: %1</translation>
    </message>
    <message>
        <source>Sent to %1. Check that it arrived.</source>
        <translation>%1 adresine gönderildi. Ulaştığını denetleyin.</translation>
    </message>
    <message>
        <source>Not sent: %1
The server answered: %2</source>
        <translation>Gönderilemedi: %1
Sunucunun yanıtı: %2</translation>
    </message>
</context>
<context>
    <name>castellan::console::DeliverySettingsPage</name>
    <message>
        <source>&amp;Mail (SMTP)</source>
        <translation>&amp;Posta (SMTP)</translation>
    </message>
    <message>
        <source>S&amp;MS Gateway</source>
        <translation>S&amp;MS Ağ Geçidi</translation>
    </message>
</context>
<context>
    <name>castellan::console::ServerSortedHeader</name>
    <message>
        <source>This column cannot be sorted.</source>
        <translation>Bu sütun sıralanamaz.</translation>
    </message>
    <message>
        <source>Sorted ascending; click to sort descending.</source>
        <translation>Artan sırada; azalan sıralamak için tıklayın.</translation>
    </message>
    <message>
        <source>Sorted descending; click to sort ascending.</source>
        <translation>Azalan sırada; artan sıralamak için tıklayın.</translation>
    </message>
    <message>
        <source>Click to sort by this column.</source>
        <translation>Bu sütuna göre sıralamak için tıklayın.</translation>
    </message>
</context>
<context>
    <name>castellan::console::DashboardPage</name>
    <message>
        <source>Could not load the dashboard: %1</source>
        <translation>Pano yüklenemedi: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Güncellendi: %1</translation>
    </message>
    <message numerus="yes">
        <source>accepted, %n rejected</source>
        <translation>
            <numerusform>kabul edildi, %n reddedildi</numerusform>
        </translation>
    </message>
    <message>
        <source>blocked now</source>
        <translation>şu anda engelli</translation>
    </message>
    <message>
        <source>support has ended</source>
        <translation>destek süresi sona erdi</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of support left</source>
        <translation>
            <numerusform>desteğin bitmesine %n gün var</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>users this month; %1</source>
        <translation>bu ayki kullanıcı; %1</translation>
    </message>
    <message>
        <source>no code failed to go out</source>
        <translation>gönderilemeyen kod yok</translation>
    </message>
    <message>
        <source>latest: %1 to %2 at %3: %4</source>
        <translation>en son: %2 kullanıcısına %1, %3: %4</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-posta</translation>
    </message>
    <message>
        <source>REST API (validate)</source>
        <translation>REST API (doğrulama)</translation>
    </message>
    <message>
        <source>RADIUS</source>
        <translation>RADIUS</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>SAML</source>
        <translation>SAML</translation>
    </message>
    <message>
        <source>Castellan app</source>
        <translation>Castellan uygulaması</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <source>Load the figures again (F5)</source>
        <translation>Rakamları yeniden yükle (F5)</translation>
    </message>
    <message>
        <source>Authentications, last hour</source>
        <translation>Kimlik doğrulamalar, son bir saat</translation>
    </message>
    <message>
        <source>Authentications, last 24 hours</source>
        <translation>Kimlik doğrulamalar, son 24 saat</translation>
    </message>
    <message>
        <source>Blocked users</source>
        <translation>Engellenen kullanıcılar</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lisans</translation>
    </message>
    <message>
        <source>Codes not sent, last 24 hours</source>
        <translation>Gönderilemeyen kodlar, son 24 saat</translation>
    </message>
    <message>
        <source>Authentications by channel</source>
        <translation>Kanala göre kimlik doğrulamalar</translation>
    </message>
    <message>
        <source>No authentications in the last 24 hours.</source>
        <translation>Son 24 saatte kimlik doğrulama yok.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Accepted (1 h)</source>
        <translation>Kabul (1 sa)</translation>
    </message>
    <message>
        <source>Rejected (1 h)</source>
        <translation>Ret (1 sa)</translation>
    </message>
    <message>
        <source>Accepted (24 h)</source>
        <translation>Kabul (24 sa)</translation>
    </message>
    <message>
        <source>Rejected (24 h)</source>
        <translation>Ret (24 sa)</translation>
    </message>
    <message>
        <source>Challenged (24 h)</source>
        <translation>Ek soru (24 sa)</translation>
    </message>
    <message>
        <source>RADIUS clients heard from in the last 24 hours (by this server)</source>
        <translation>Son 24 saatte bu sunucuya istek gönderen RADIUS istemcileri</translation>
    </message>
    <message>
        <source>No RADIUS client has sent a request to this server in the last 24 hours.</source>
        <translation>Son 24 saatte hiçbir RADIUS istemcisi bu sunucuya istek göndermedi.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>Son istek</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>İstekler</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Kabul</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ret</translation>
    </message>
</context>
<context>
    <name>castellan::console::GettingStartedChecklist</name>
    <message>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Henüz yapılmadı</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Başlarken</translation>
    </message>
    <message>
        <source>This server is not fully set up yet. Each step opens the page where you complete it.</source>
        <translation>Bu sunucu henüz tam olarak kurulmadı. Her adım, o adımı tamamlayacağınız sayfayı açar.</translation>
    </message>
    <message>
        <source>Create a registration profile: the portal where users enroll their factors needs one.</source>
        <translation>Bir kayıt profili oluşturun: kullanıcıların faktörlerini kaydettiği portal buna ihtiyaç duyar.</translation>
    </message>
    <message>
        <source>Add a RADIUS client (VPN, Wi-Fi) or a SAML service provider (web application).</source>
        <translation>Bir RADIUS istemcisi (VPN, Wi-Fi) ya da bir SAML hizmet sağlayıcı (web uygulaması) ekleyin.</translation>
    </message>
    <message>
        <source>Set up mail or SMS delivery, so that codes and notices reach the users.</source>
        <translation>Kodların ve bildirimlerin kullanıcılara ulaşması için posta ya da SMS gönderimini ayarlayın.</translation>
    </message>
    <message>
        <source>Give a first user a second factor (authenticator app, hardware token, SMS or e-mail).</source>
        <translation>İlk kullanıcıya ikinci bir faktör verin (doğrulayıcı uygulama, donanım anahtarı, SMS ya da e-posta).</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 sayfasını aç</translation>
    </message>
</context>
<context>
    <name>castellan::console::UserDevicesTab</name>
    <message>
        <source>&amp;Enroll SoftOTP…</source>
        <translation>SoftOTP &amp;Kaydet…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Kaldır…</translation>
    </message>
    <message>
        <source>No SoftOTP devices: enroll the Castellan app.</source>
        <translation>SoftOTP cihazı yok: Castellan uygulamasını kaydedin.</translation>
    </message>
    <message>
        <source>Remove Device</source>
        <translation>Cihazı Kaldır</translation>
    </message>
    <message>
        <source>Remove the device “%1” of %2?</source>
        <translation>%2 kullanıcısının “%1” cihazı kaldırılsın mı?</translation>
    </message>
    <message>
        <source>Its codes and push approvals stop working at once.</source>
        <translation>Kodları ve anlık bildirim onayları hemen çalışmaz olur.</translation>
    </message>
    <message>
        <source>Could not remove the device</source>
        <translation>Cihaz kaldırılamadı</translation>
    </message>
    <message>
        <source>Device “%1” removed</source>
        <translation>“%1” cihazı kaldırıldı</translation>
    </message>
    <message>
        <source>Removing the device…</source>
        <translation>Cihaz kaldırılıyor…</translation>
    </message>
</context>
<context>
    <name>castellan::console::UserEventsTab</name>
    <message>
        <source>Search events, reasons, addresses</source>
        <translation>Olaylarda, nedenlerde, adreslerde ara</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Ara:</translation>
    </message>
</context>
<context>
    <name>castellan::console::UserFactorsTab</name>
    <message>
        <source>Add &amp;Authenticator App…</source>
        <translation>&amp;Doğrulayıcı Uygulama Ekle…</translation>
    </message>
    <message>
        <source>Assign Hardware &amp;Token…</source>
        <translation>Donanım &amp;Anahtarı Ata…</translation>
    </message>
    <message>
        <source>Add S&amp;MS…</source>
        <translation>S&amp;MS Ekle…</translation>
    </message>
    <message>
        <source>Add E-&amp;mail…</source>
        <translation>&amp;E-posta Ekle…</translation>
    </message>
    <message>
        <source>Res&amp;ynchronise…</source>
        <translation>&amp;Yeniden Eşitle…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Kaldır…</translation>
    </message>
    <message>
        <source>No second factors yet: add one above.</source>
        <translation>Henüz ikinci faktör yok: yukarıdan bir tane ekleyin.</translation>
    </message>
    <message>
        <source>“%1” added</source>
        <translation>“%1” eklendi</translation>
    </message>
    <message>
        <source>Authenticator App</source>
        <translation>Doğrulayıcı Uygulama</translation>
    </message>
    <message>
        <source>Let %1 scan this QR code with an authenticator app, or type the secret into it. The app then shows a new code every 30 seconds.</source>
        <translation>%1 bu QR kodunu bir doğrulayıcı uygulamayla taratsın ya da gizli anahtarı uygulamaya yazsın. Uygulama ardından her 30 saniyede yeni bir kod gösterir.</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Hesap:</translation>
    </message>
    <message>
        <source>Remove Factor</source>
        <translation>Faktörü Kaldır</translation>
    </message>
    <message>
        <source>Remove “%1” (%2) from %3?</source>
        <translation>“%1” (%2), %3 kullanıcısından kaldırılsın mı?</translation>
    </message>
    <message>
        <source>Its codes stop working at once. This cannot be undone.</source>
        <translation>Kodları hemen çalışmaz olur. Bu geri alınamaz.</translation>
    </message>
    <message>
        <source>Could not remove the factor</source>
        <translation>Faktör kaldırılamadı</translation>
    </message>
    <message>
        <source>“%1” removed</source>
        <translation>“%1” kaldırıldı</translation>
    </message>
    <message>
        <source>Removing the factor…</source>
        <translation>Faktör kaldırılıyor…</translation>
    </message>
    <message>
        <source>“%1” resynchronised</source>
        <translation>“%1” yeniden eşitlendi</translation>
    </message>
</context>
<context>
    <name>castellan::console::UserKeysTab</name>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Kaldır…</translation>
    </message>
    <message>
        <source>No security keys. Users register keys and passkeys themselves in the portal.</source>
        <translation>Güvenlik anahtarı yok. Kullanıcılar anahtarlarını ve geçiş anahtarlarını portalda kendileri kaydeder.</translation>
    </message>
    <message>
        <source>Remove Security Key</source>
        <translation>Güvenlik Anahtarını Kaldır</translation>
    </message>
    <message>
        <source>Remove the key “%1” of %2?</source>
        <translation>%2 kullanıcısının “%1” anahtarı kaldırılsın mı?</translation>
    </message>
    <message>
        <source>The key no longer signs in; the user can register it again in the portal.</source>
        <translation>Anahtarla artık oturum açılamaz; kullanıcı onu portalda yeniden kaydedebilir.</translation>
    </message>
    <message>
        <source>Could not remove the key</source>
        <translation>Anahtar kaldırılamadı</translation>
    </message>
    <message>
        <source>Key “%1” removed</source>
        <translation>“%1” anahtarı kaldırıldı</translation>
    </message>
    <message>
        <source>Removing the key…</source>
        <translation>Anahtar kaldırılıyor…</translation>
    </message>
</context>
<context>
    <name>castellan::console::UserPage</name>
    <message>
        <source>A&amp;liases</source>
        <translation>Takma &amp;Adlar</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Düzenle…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Kullanıcı</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-posta:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Açıklama:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Durum:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Son kullanma:</translation>
    </message>
    <message>
        <source>License this month:</source>
        <translation>Bu ayki lisans:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Oluşturulma:</translation>
    </message>
    <message>
        <source>&amp;Factors</source>
        <translation>&amp;Faktörler</translation>
    </message>
    <message>
        <source>&amp;SoftOTP Devices</source>
        <translation>&amp;SoftOTP Cihazları</translation>
    </message>
    <message>
        <source>Security &amp;Keys</source>
        <translation>&amp;Güvenlik Anahtarları</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>&amp;Oturumlar</translation>
    </message>
    <message>
        <source>Recent E&amp;vents</source>
        <translation>Son &amp;Olaylar</translation>
    </message>
    <message>
        <source>Could not load the user: %1</source>
        <translation>Kullanıcı yüklenemedi: %1</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Kullanıcı %1</translation>
    </message>
    <message>
        <source> · must change the password</source>
        <translation> · parolasını değiştirmeli</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Bilinmiyor (%1)</translation>
    </message>
    <message>
        <source>Counted since %1 (last sign-in %2)</source>
        <translation>%1 tarihinden beri sayılıyor (son oturum açma %2)</translation>
    </message>
    <message>
        <source>Not counted: no sign-in this month yet</source>
        <translation>Sayılmadı: bu ay henüz oturum açmadı</translation>
    </message>
    <message>
        <source>User “%1” saved</source>
        <translation>“%1” kullanıcısı kaydedildi</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Kaynak:</translation>
    </message>
    <message>
        <source>Directory “%1”</source>
        <translation>“%1” dizini</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Yerel</translation>
    </message>
    <message>
        <source>Managed by directory “%1”: the names, e-mail, phone and password come from the directory and are changed there.</source>
        <translation>“%1” dizini tarafından yönetilir: ad, e-posta, telefon ve parola dizinden gelir ve orada değiştirilir.</translation>
    </message>
</context>
<context>
    <name>castellan::console::UserSessionsTab</name>
    <message>
        <source>&amp;End Session…</source>
        <translation>Oturumu &amp;Sonlandır…</translation>
    </message>
    <message>
        <source>End &amp;All…</source>
        <translation>&amp;Tümünü Sonlandır…</translation>
    </message>
    <message>
        <source>Not signed in to the portal or any application.</source>
        <translation>Portalda ya da herhangi bir uygulamada oturumu yok.</translation>
    </message>
    <message>
        <source>End Session</source>
        <translation>Oturumu Sonlandır</translation>
    </message>
    <message>
        <source>End the session of %1 from %2?</source>
        <translation>%1 kullanıcısının %2 adresinden açtığı oturum sonlandırılsın mı?</translation>
    </message>
    <message>
        <source>The browser must sign in again; the applications it signed into are told to sign out.</source>
        <translation>Tarayıcı yeniden oturum açmalı; oturum açtığı uygulamalara oturumu kapatmaları bildirilir.</translation>
    </message>
    <message>
        <source>Could not end the session</source>
        <translation>Oturum sonlandırılamadı</translation>
    </message>
    <message>
        <source>Session of %1 ended</source>
        <translation>%1 kullanıcısının oturumu sonlandırıldı</translation>
    </message>
    <message>
        <source>End All Sessions</source>
        <translation>Tüm Oturumları Sonlandır</translation>
    </message>
    <message>
        <source>End every session of %1?</source>
        <translation>%1 kullanıcısının tüm oturumları sonlandırılsın mı?</translation>
    </message>
    <message>
        <source>Portal and SSO sessions end and sign-ins in progress are cancelled; the user must sign in again.</source>
        <translation>Portal ve SSO oturumları sona erer, süren oturum açmalar iptal edilir; kullanıcı yeniden oturum açmalıdır.</translation>
    </message>
    <message>
        <source>Could not end the sessions</source>
        <translation>Oturumlar sonlandırılamadı</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) of %1 ended</source>
        <translation>
            <numerusform>%1 kullanıcısının %n oturumu sonlandırıldı</numerusform>
        </translation>
    </message>
    <message>
        <source>Ending the session…</source>
        <translation>Oturum sonlandırılıyor…</translation>
    </message>
    <message>
        <source>Ending the sessions…</source>
        <translation>Oturumlar sonlandırılıyor…</translation>
    </message>
</context>
<context>
    <name>castellan::console::UserTab</name>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Yüklenemedi: %1</translation>
    </message>
</context>
<context>
    <name>castellan::console::UserFactorModel</name>
    <message>
        <source>Authenticator app (TOTP)</source>
        <translation>Doğrulayıcı uygulama (TOTP)</translation>
    </message>
    <message>
        <source>Hardware token (HOTP)</source>
        <translation>Donanım anahtarı (HOTP)</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Security key</source>
        <translation>Güvenlik anahtarı</translation>
    </message>
    <message>
        <source>Push (Castellan app)</source>
        <translation>Anlık bildirim (Castellan uygulaması)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>Serial %1, %2 digits</source>
        <translation>Seri %1, %2 hane</translation>
    </message>
    <message>
        <source>%1, %2 digits, %3 s</source>
        <translation>%1, %2 hane, %3 sn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Eklenme</translation>
    </message>
    <message>
        <source>Last Used</source>
        <translation>Son Kullanım</translation>
    </message>
    <message>
        <source>%1, %2 digits, %3 s, device clock %4 s</source>
        <translation>%1, %2 hane, %3 sn, cihaz saati %4 sn</translation>
    </message>
</context>
<context>
    <name>castellan::console::SecurityKeyModel</name>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritma</translation>
    </message>
    <message>
        <source>PIN or Biometrics</source>
        <translation>PIN veya Biyometri</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Kayıt</translation>
    </message>
    <message>
        <source>Last Used</source>
        <translation>Son Kullanım</translation>
    </message>
</context>
<context>
    <name>castellan::console::PortalSessionModel</name>
    <message>
        <source>Portal only</source>
        <translation>Yalnızca portal</translation>
    </message>
    <message>
        <source>Signed In</source>
        <translation>Oturum Açma</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Tarayıcı</translation>
    </message>
    <message>
        <source>Proved With</source>
        <translation>Kanıt</translation>
    </message>
    <message>
        <source>Applications (SSO)</source>
        <translation>Uygulamalar (SSO)</translation>
    </message>
    <message>
        <source>Last Activity</source>
        <translation>Son Etkinlik</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Bitiş</translation>
    </message>
</context>
<context>
    <name>castellan::console::FactorDialog</name>
    <message>
        <source>Add Authenticator App</source>
        <translation>Doğrulayıcı Uygulama Ekle</translation>
    </message>
    <message>
        <source>A new TOTP secret for &lt;b&gt;%1&lt;/b&gt;. The next window shows its QR code and the secret once: the user scans it with an authenticator app.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; için yeni bir TOTP gizli anahtarı. Sonraki pencere QR kodunu ve gizli anahtarı bir kez gösterir: kullanıcı onu bir doğrulayıcı uygulamayla tarar.</translation>
    </message>
    <message>
        <source>Assign Hardware Token</source>
        <translation>Donanım Anahtarı Ata</translation>
    </message>
    <message>
        <source>An HOTP hardware token for &lt;b&gt;%1&lt;/b&gt;: its serial number and seed as the vendor ships them.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; için bir HOTP donanım anahtarı: üreticinin verdiği seri numarası ve tohum değeri.</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>&amp;Seri numarası:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>&amp;Tohum:</translation>
    </message>
    <message>
        <source>Base32</source>
        <translation>Base32</translation>
    </message>
    <message>
        <source>Hexadecimal</source>
        <translation>Onaltılık</translation>
    </message>
    <message>
        <source>Seed &amp;format:</source>
        <translation>Tohum &amp;biçimi:</translation>
    </message>
    <message>
        <source>&amp;Counter:</source>
        <translation>&amp;Sayaç:</translation>
    </message>
    <message>
        <source>Add SMS Codes</source>
        <translation>SMS Kodları Ekle</translation>
    </message>
    <message>
        <source>Codes for &lt;b&gt;%1&lt;/b&gt; by SMS.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; için SMS ile kodlar.</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Add E-mail Codes</source>
        <translation>E-posta Kodları Ekle</translation>
    </message>
    <message>
        <source>Codes for &lt;b&gt;%1&lt;/b&gt; by e-mail.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; için e-posta ile kodlar.</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-posta:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>Et&amp;iket:</translation>
    </message>
    <message>
        <source>Optional: how the user recognises it</source>
        <translation>İsteğe bağlı: kullanıcının onu tanıyacağı ad</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ekle</translation>
    </message>
</context>
<context>
    <name>castellan::console::ResyncDialog</name>
    <message>
        <source>Resynchronise Token</source>
        <translation>Anahtarı Yeniden Eşitle</translation>
    </message>
    <message>
        <source>Press the button of token &lt;b&gt;%1&lt;/b&gt; twice and type both codes in the order shown. The server looks for them among the token&apos;s next 100 codes.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; anahtarının düğmesine iki kez basın ve iki kodu gösterildiği sırayla yazın. Sunucu onları anahtarın sonraki 100 kodu arasında arar.</translation>
    </message>
    <message>
        <source>&amp;First code:</source>
        <translation>&amp;Birinci kod:</translation>
    </message>
    <message>
        <source>&amp;Second code:</source>
        <translation>İ&amp;kinci kod:</translation>
    </message>
    <message>
        <source>&amp;Resynchronise</source>
        <translation>&amp;Yeniden Eşitle</translation>
    </message>
    <message>
        <source>Resynchronise Authenticator App</source>
        <translation>Doğrulayıcı Uygulamayı Yeniden Eşitle</translation>
    </message>
    <message>
        <source>Type the code the app shows now, wait for the next one and type it too. The server looks for them within an hour of its own clock and remembers how far the device&apos;s clock is off.</source>
        <translation>Uygulamanın şu an gösterdiği kodu yazın, sonrakini bekleyip onu da yazın. Sunucu kodları kendi saatinin bir saat öncesi ve sonrası içinde arar ve cihazın saatinin ne kadar saptığını hatırlar.</translation>
    </message>
</context>
<context>
    <name>castellan::console::SamlPage</name>
    <message>
        <source>Add Service Provider…</source>
        <translation>Servis Sağlayıcı Ekle…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Düzenle…</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Etkinleştir</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Devre Dışı Bırak…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Sil…</translation>
    </message>
    <message>
        <source>No service providers yet.
Add each web application that signs in with this server (Ctrl+N) from its SAML metadata; give it this server&apos;s metadata URL below.</source>
        <translation>Henüz servis sağlayıcı yok.
Bu sunucuyla oturum açan her web uygulamasını SAML meta verisinden ekleyin (Ctrl+N); uygulamaya aşağıdaki meta veri URL&apos;sini verin.</translation>
    </message>
    <message>
        <source>Service provider “%1” added</source>
        <translation>“%1” servis sağlayıcısı eklendi</translation>
    </message>
    <message>
        <source>Service provider “%1” saved</source>
        <translation>“%1” servis sağlayıcısı kaydedildi</translation>
    </message>
    <message>
        <source>Could not change the service provider</source>
        <translation>Servis sağlayıcı değiştirilemedi</translation>
    </message>
    <message>
        <source>Service provider “%1” enabled</source>
        <translation>“%1” servis sağlayıcısı etkinleştirildi</translation>
    </message>
    <message>
        <source>Service provider “%1” disabled</source>
        <translation>“%1” servis sağlayıcısı devre dışı bırakıldı</translation>
    </message>
    <message>
        <source>Disable Service Provider</source>
        <translation>Servis Sağlayıcıyı Devre Dışı Bırak</translation>
    </message>
    <message>
        <source>Disable “%1”?</source>
        <translation>“%1” devre dışı bırakılsın mı?</translation>
    </message>
    <message>
        <source>Its users can no longer sign in to it with this server until it is enabled again.</source>
        <translation>Yeniden etkinleştirilene kadar kullanıcılar bu sunucuyla ona oturum açamaz.</translation>
    </message>
    <message>
        <source>Delete the service provider “%1”?</source>
        <translation>“%1” servis sağlayıcısı silinsin mi?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n service provider(s)?</source>
        <translation>
            <numerusform>%n servis sağlayıcı silinsin mi?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Service Provider</source>
        <translation>Servis Sağlayıcıyı Sil</translation>
    </message>
    <message>
        <source>Its users can no longer sign in to it with this server; adding it again needs its metadata.</source>
        <translation>Kullanıcılar artık bu sunucuyla ona oturum açamaz; yeniden eklemek için meta verisi gerekir.</translation>
    </message>
    <message>
        <source>Could not delete the service provider</source>
        <translation>Servis sağlayıcı silinemedi</translation>
    </message>
</context>
<context>
    <name>castellan::console::SamlIdpPanel</name>
    <message>
        <source>Identity Provider (this server)</source>
        <translation>Kimlik Sağlayıcı (bu sunucu)</translation>
    </message>
    <message>
        <source>Metadata URL:</source>
        <translation>Meta veri URL&apos;si:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <source>Save IdP &amp;Metadata As…</source>
        <translation>IdP &amp;Meta Verisini Farklı Kaydet…</translation>
    </message>
    <message>
        <source>Signing keys (the metadata publishes every key that is not retired):</source>
        <translation>İmzalama anahtarları (meta veri, emekliye ayrılmamış her anahtarı yayımlar):</translation>
    </message>
    <message>
        <source>&amp;Generate Next Key</source>
        <translation>Sonraki Anahtarı &amp;Üret</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>E&amp;tkinleştir…</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>Emekliye &amp;Ayır…</translation>
    </message>
    <message>
        <source>Could not load the signing keys: %1</source>
        <translation>İmzalama anahtarları yüklenemedi: %1</translation>
    </message>
    <message>
        <source>Metadata URL copied</source>
        <translation>Meta veri URL&apos;si kopyalandı</translation>
    </message>
    <message>
        <source>Save IdP Metadata</source>
        <translation>IdP Meta Verisini Kaydet</translation>
    </message>
    <message>
        <source>SAML metadata (*.xml)</source>
        <translation>SAML meta verisi (*.xml)</translation>
    </message>
    <message>
        <source>Could not download the IdP metadata</source>
        <translation>IdP meta verisi indirilemedi</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 yazılamadı.</translation>
    </message>
    <message>
        <source>IdP metadata saved to %1</source>
        <translation>IdP meta verisi %1 dosyasına kaydedildi</translation>
    </message>
    <message>
        <source>Could not generate the next signing key</source>
        <translation>Sonraki imzalama anahtarı üretilemedi</translation>
    </message>
    <message>
        <source>Next signing key generated; the metadata publishes it now</source>
        <translation>Sonraki imzalama anahtarı üretildi; meta veri onu artık yayımlıyor</translation>
    </message>
    <message>
        <source>Activate Signing Key</source>
        <translation>İmzalama Anahtarını Etkinleştir</translation>
    </message>
    <message>
        <source>Sign with the key %1 from now on?</source>
        <translation>Bundan sonra %1 anahtarıyla imzalansın mı?</translation>
    </message>
    <message>
        <source>Every service provider must already trust this key&apos;s certificate. It has been published in the IdP metadata since it was generated (%1): SPs that read the metadata regularly have it; SPs that were given the metadata or the certificate once must be given the new one before you activate, or their sign-ins fail. The key signing now stays published as the previous key until you retire it.</source>
        <translation>Her servis sağlayıcı bu anahtarın sertifikasına şimdiden güveniyor olmalıdır. Sertifika, üretildiğinden (%1) beri IdP meta verisinde yayımlanıyor: meta veriyi düzenli okuyan SP&apos;lerde zaten var; meta veri ya da sertifika kendilerine bir kez verilmiş SP&apos;lere etkinleştirmeden önce yenisi verilmelidir, yoksa oturum açmaları başarısız olur. Şu an imzalayan anahtar, siz emekliye ayırana kadar önceki anahtar olarak yayımlanmaya devam eder.</translation>
    </message>
    <message>
        <source>Could not activate the signing key</source>
        <translation>İmzalama anahtarı etkinleştirilemedi</translation>
    </message>
    <message>
        <source>Signing key activated</source>
        <translation>İmzalama anahtarı etkinleştirildi</translation>
    </message>
    <message>
        <source>Retire Signing Key</source>
        <translation>İmzalama Anahtarını Emekliye Ayır</translation>
    </message>
    <message>
        <source>Retire the key %1?</source>
        <translation>%1 anahtarı emekliye ayrılsın mı?</translation>
    </message>
    <message>
        <source>It is taken out of the IdP metadata and its private key is erased; this cannot be undone. Retire a previous key once no service provider needs its certificate any more.</source>
        <translation>Anahtar IdP meta verisinden çıkarılır ve özel anahtarı silinir; bu geri alınamaz. Önceki bir anahtarı, sertifikasına artık hiçbir servis sağlayıcı ihtiyaç duymadığında emekliye ayırın.</translation>
    </message>
    <message>
        <source>Could not retire the signing key</source>
        <translation>İmzalama anahtarı emekliye ayrılamadı</translation>
    </message>
    <message>
        <source>Signing key retired</source>
        <translation>İmzalama anahtarı emekliye ayrıldı</translation>
    </message>
</context>
<context>
    <name>castellan::console::ServiceProviderDetails</name>
    <message>
        <source>Selected Service Provider</source>
        <translation>Seçili Servis Sağlayıcı</translation>
    </message>
    <message>
        <source>Select a service provider to see its metadata.</source>
        <translation>Meta verisini görmek için bir servis sağlayıcı seçin.</translation>
    </message>
    <message>
        <source>Entity ID:</source>
        <translation>Varlık kimliği:</translation>
    </message>
    <message>
        <source>ACS URLs:</source>
        <translation>ACS URL&apos;leri:</translation>
    </message>
    <message>
        <source>Logout URL:</source>
        <translation>Oturum kapatma URL&apos;si:</translation>
    </message>
    <message>
        <source>Certificate SHA-256:</source>
        <translation>Sertifika SHA-256:</translation>
    </message>
    <message>
        <source>Certificate expiry:</source>
        <translation>Sertifika bitişi:</translation>
    </message>
    <message>
        <source>AuthnRequests:</source>
        <translation>AuthnRequest&apos;ler:</translation>
    </message>
    <message>
        <source>Released attributes:</source>
        <translation>Verilen öznitelikler:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Yok</translation>
    </message>
    <message>
        <source>%1 (back channel, SOAP)</source>
        <translation>%1 (arka kanal, SOAP)</translation>
    </message>
    <message>
        <source>No signing certificate in the metadata</source>
        <translation>Meta veride imzalama sertifikası yok</translation>
    </message>
    <message>
        <source>the SP&apos;s signed requests can no longer be trusted; ask for new metadata</source>
        <translation>SP&apos;nin imzalı isteklerine artık güvenilemez; yeni meta veri isteyin</translation>
    </message>
    <message numerus="yes">
        <source>expires within %n day(s)</source>
        <translation>
            <numerusform>%n gün içinde bitiyor</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed (checked against the certificate)</source>
        <translation>İmzalı (sertifikayla doğrulanır)</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>İmzasız</translation>
    </message>
</context>
<context>
    <name>castellan::console::ServiceProviderDialog</name>
    <message>
        <source>Add Service Provider</source>
        <translation>Servis Sağlayıcı Ekle</translation>
    </message>
    <message>
        <source>A web application that signs its users in with this server (SAML 2.0). Its metadata names its entity ID, where assertions go (ACS) and its signing certificate.</source>
        <translation>Kullanıcılarının bu sunucuyla oturum açtığı bir web uygulaması (SAML 2.0). Meta verisi; varlık kimliğini, onayların gönderileceği adresi (ACS) ve imzalama sertifikasını bildirir.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ekle</translation>
    </message>
    <message>
        <source>Edit Service Provider</source>
        <translation>Servis Sağlayıcıyı Düzenle</translation>
    </message>
    <message>
        <source>Entity ID: %1</source>
        <translation>Varlık kimliği: %1</translation>
    </message>
    <message>
        <source>From a fi&amp;le</source>
        <translation>&amp;Dosyadan</translation>
    </message>
    <message>
        <source>Pa&amp;sted XML</source>
        <translation>&amp;Yapıştırılan XML</translation>
    </message>
    <message>
        <source>From an https &amp;URL</source>
        <translation>https &amp;URL&apos;sinden</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Koru</translation>
    </message>
    <message>
        <source>The SP&apos;s metadata file (.xml)</source>
        <translation>SP&apos;nin meta veri dosyası (.xml)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gözat…</translation>
    </message>
    <message>
        <source>&lt;md:EntityDescriptor …&gt;</source>
        <translation>&lt;md:EntityDescriptor …&gt;</translation>
    </message>
    <message>
        <source>https://app.example.com/saml/metadata (fetched by the server)</source>
        <translation>https://app.example.com/saml/metadata (sunucu tarafından alınır)</translation>
    </message>
    <message>
        <source>The metadata stays as read when the service provider was added or last changed. Replace it when the service provider renews its certificate or moves its endpoints.</source>
        <translation>Meta veri, servis sağlayıcı eklendiğinde ya da son değiştirildiğinde okunduğu gibi kalır. Servis sağlayıcı sertifikasını yenilediğinde ya da uç noktalarını taşıdığında değiştirin.</translation>
    </message>
    <message>
        <source>Metadata:</source>
        <translation>Meta veri:</translation>
    </message>
    <message>
        <source>Defaults to the entity ID</source>
        <translation>Boş bırakılırsa varlık kimliği</translation>
    </message>
    <message>
        <source>Users may start the sign-in at this server (IdP-initiated)</source>
        <translation>Kullanıcılar oturum açmayı bu sunucuda başlatabilir (IdP başlatmalı)</translation>
    </message>
    <message>
        <source>Accept requests signed with SHA-1 (RSA-SHA1, SHA-1 digests)</source>
        <translation>SHA-1 ile imzalanmış istekleri kabul et (RSA-SHA1, SHA-1 özetleri)</translation>
    </message>
    <message>
        <source>Warning: SHA-1 is weak; signatures made with it can be forged. Allow it only while this service provider cannot sign with RSA-SHA256.</source>
        <translation>Uyarı: SHA-1 zayıftır; onunla yapılan imzalar taklit edilebilir. Yalnızca bu hizmet sağlayıcı RSA-SHA256 ile imzalayamadığı sürece izin verin.</translation>
    </message>
    <message>
        <source>The assertion</source>
        <translation>Onaylama (assertion)</translation>
    </message>
    <message>
        <source>The response</source>
        <translation>Yanıt (response)</translation>
    </message>
    <message>
        <source>Both the response and the assertion</source>
        <translation>Hem yanıt hem onaylama</translation>
    </message>
    <message>
        <source>Request signatures:</source>
        <translation>İstek imzaları:</translation>
    </message>
    <message>
        <source>&amp;Sign in responses:</source>
        <translation>Yanıtlarda &amp;imzalanan:</translation>
    </message>
    <message>
        <source>Signature &amp;algorithm:</source>
        <translation>İmza &amp;algoritması:</translation>
    </message>
    <message>
        <source>The only enabled SAML profile, else Registration</source>
        <translation>Tek etkin SAML profili, yoksa Kayıt</translation>
    </message>
    <message>
        <source>Sign users in to this service provider</source>
        <translation>Kullanıcıların bu servis sağlayıcıya oturum açmasına izin ver</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>NameID &amp;format:</source>
        <translation>NameID &amp;biçimi:</translation>
    </message>
    <message>
        <source>NameID &amp;value:</source>
        <translation>NameID değe&amp;ri:</translation>
    </message>
    <message>
        <source>Released attributes:</source>
        <translation>Verilen öznitelikler:</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Oturum açma:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Durum:</translation>
    </message>
    <message>
        <source>Service Provider Metadata</source>
        <translation>Servis Sağlayıcı Meta Verisi</translation>
    </message>
    <message>
        <source>SAML metadata (*.xml);;All files (*)</source>
        <translation>SAML meta verisi (*.xml);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Give an https:// address: the server fetches the metadata over a verified TLS connection.</source>
        <translation>Bir https:// adresi verin: sunucu meta veriyi doğrulanmış bir TLS bağlantısı üzerinden alır.</translation>
    </message>
    <message>
        <source>Choose a metadata file that can be read.</source>
        <translation>Okunabilen bir meta veri dosyası seçin.</translation>
    </message>
    <message>
        <source>The file is larger than 1 MiB.</source>
        <translation>Dosya 1 MiB&apos;tan büyük.</translation>
    </message>
    <message>
        <source>The server is fetching the metadata…</source>
        <translation>Sunucu meta veriyi alıyor…</translation>
    </message>
</context>
<context>
    <name>castellan::console::ServiceProviderModel</name>
    <message>
        <source>No certificate</source>
        <translation>Sertifika yok</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>%1 tarihinde bitti</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>%1 tarihinde bitiyor</translation>
    </message>
    <message>
        <source>%1 (e-mail address)</source>
        <translation>%1 (e-posta adresi)</translation>
    </message>
    <message>
        <source>%1 (username)</source>
        <translation>%1 (kullanıcı adı)</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-posta adresi</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <source>(default profile)</source>
        <translation>(varsayılan profil)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Devre dışı</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256 parmak izi: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Entity ID</source>
        <translation>Varlık Kimliği</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>NameID</source>
        <translation>NameID</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Sertifika</translation>
    </message>
    <message>
        <source>IdP-Initiated</source>
        <translation>IdP Başlatmalı</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
</context>
<context>
    <name>castellan::console::IdpKeyModel</name>
    <message>
        <source>Active (signs)</source>
        <translation>Etkin (imzalıyor)</translation>
    </message>
    <message>
        <source>Next (published)</source>
        <translation>Sonraki (yayımlanıyor)</translation>
    </message>
    <message>
        <source>Previous (published)</source>
        <translation>Önceki (yayımlanıyor)</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Emekli</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>SHA-256 Fingerprint</source>
        <translation>SHA-256 Parmak İzi</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Üretildi</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Etkinleştirildi</translation>
    </message>
</context>
<context>
    <name>castellan::console::ProfileChoices</name>
    <message>
        <source>Could not load the profiles: %1</source>
        <translation>Profiller yüklenemedi: %1</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (devre dışı)</translation>
    </message>
</context>
<context>
    <name>castellan::console::AddDirectoryUserDialog</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Ara</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ekle</translation>
    </message>
    <message>
        <source>Add Directory User</source>
        <translation>Dizin Kullanıcısı Ekle</translation>
    </message>
    <message>
        <source>A directory user gets a record here at the first sign-in. Add one now to enroll their second factors before that: search the directory by the start of a login name or a name.</source>
        <translation>Bir dizin kullanıcısının burada kaydı ilk oturum açışında oluşur. İkinci faktörlerini ondan önce tanımlamak için şimdi ekleyin: dizinde giriş adının ya da adın başıyla arayın.</translation>
    </message>
    <message>
        <source>e.g. ali</source>
        <translation>örn. ali</translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation>&amp;Dizin:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Kullanıcı Adı</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Burada</translation>
    </message>
    <message>
        <source>Could not load the directories: %1</source>
        <translation>Dizinler yüklenemedi: %1</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (devre dışı)</translation>
    </message>
    <message>
        <source>No directories yet: add one under Configuration → Directories.</source>
        <translation>Henüz dizin yok: Yapılandırma → Dizinler altında bir dizin ekleyin.</translation>
    </message>
    <message>
        <source>Loading the directories…</source>
        <translation>Dizinler yükleniyor…</translation>
    </message>
    <message>
        <source>Could not search the directory: %1</source>
        <translation>Dizinde aranamadı: %1</translation>
    </message>
    <message>
        <source>Searching the directory…</source>
        <translation>Dizinde aranıyor…</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Eklendi</translation>
    </message>
    <message>
        <source>No entry matches.</source>
        <translation>Eşleşen kayıt yok.</translation>
    </message>
    <message>
        <source>Could not add the user: %1</source>
        <translation>Kullanıcı eklenemedi: %1</translation>
    </message>
    <message>
        <source>Adding the user…</source>
        <translation>Kullanıcı ekleniyor…</translation>
    </message>
</context>
<context>
    <name>castellan::console::DirectoriesPage</name>
    <message>
        <source>New Directory…</source>
        <translation>Yeni Dizin…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Düzenle…</translation>
    </message>
    <message>
        <source>Test…</source>
        <translation>Sına…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Sil…</translation>
    </message>
    <message>
        <source>No directories yet.
Add your Active Directory or LDAP server (Ctrl+N) so its users can sign in with their directory password.</source>
        <translation>Henüz dizin yok.
Kullanıcıları dizin parolalarıyla oturum açabilsin diye Active Directory ya da LDAP sunucunuzu ekleyin (Ctrl+N).</translation>
    </message>
    <message>
        <source>Directory “%1” created</source>
        <translation>“%1” dizini oluşturuldu</translation>
    </message>
    <message>
        <source>Directory “%1” saved</source>
        <translation>“%1” dizini kaydedildi</translation>
    </message>
    <message>
        <source>Delete the directory “%1”?</source>
        <translation>“%1” dizini silinsin mi?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n directories?</source>
        <translation>
            <numerusform>%n dizin silinsin mi?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Directory</source>
        <translation>Dizini Sil</translation>
    </message>
    <message>
        <source>Its users can no longer sign in with their directory password.</source>
        <translation>Kullanıcıları artık dizin parolalarıyla oturum açamaz.</translation>
    </message>
    <message>
        <source>Could not delete the directory</source>
        <translation>Dizin silinemedi</translation>
    </message>
</context>
<context>
    <name>castellan::console::DirectoryDialog</name>
    <message>
        <source>New Directory</source>
        <translation>Yeni Dizin</translation>
    </message>
    <message>
        <source>An Active Directory or LDAP server whose users sign in with their directory password. Castellan finds each user with the service account, then checks the password with a bind as the user.</source>
        <translation>Kullanıcıları dizin parolalarıyla oturum açan bir Active Directory ya da LDAP sunucusu. Castellan her kullanıcıyı hizmet hesabıyla bulur, ardından parolayı kullanıcı olarak bağlanarak (bind) denetler.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Oluştur</translation>
    </message>
    <message>
        <source>Create the directory first: the test uses the saved settings.</source>
        <translation>Önce dizini oluşturun: sınama kaydedilmiş ayarları kullanır.</translation>
    </message>
    <message>
        <source>Edit Directory</source>
        <translation>Dizini Düzenle</translation>
    </message>
    <message>
        <source>Tests the saved settings: save your changes first to test them.</source>
        <translation>Kaydedilmiş ayarları sınar: değişikliklerinizi sınamak için önce kaydedin.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tür:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Bağlantı</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Kullanıcılar</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Erişim</translation>
    </message>
    <message>
        <source>&amp;Test…</source>
        <translation>&amp;Sına…</translation>
    </message>
    <message>
        <source>ldaps://dc1.example.com
ldaps://dc2.example.com</source>
        <translation>ldaps://dc1.example.com
ldaps://dc2.example.com</translation>
    </message>
    <message>
        <source>&amp;URLs:</source>
        <translation>&amp;URL&apos;ler:</translation>
    </message>
    <message>
        <source>One per line, ldap:// or ldaps://. They are tried in this order: the next one when one does not answer.</source>
        <translation>Her satıra bir tane, ldap:// ya da ldaps://. Bu sırayla denenirler: biri yanıt vermezse sıradaki.</translation>
    </message>
    <message>
        <source>Use StartTLS on ldap:// URLs</source>
        <translation>ldap:// URL&apos;lerinde StartTLS kullan</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Güvenlik:</translation>
    </message>
    <message>
        <source>-----BEGIN CERTIFICATE-----
(empty: the system&apos;s certificate authorities)</source>
        <translation>-----BEGIN CERTIFICATE-----
(boş: sistemin sertifika yetkilileri)</translation>
    </message>
    <message>
        <source>&amp;Load from File…</source>
        <translation>Dosyadan &amp;Yükle…</translation>
    </message>
    <message>
        <source>C&amp;A certificates:</source>
        <translation>&amp;CA sertifikaları:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> sn</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zaman aşımı:</translation>
    </message>
    <message>
        <source>cn=castellan,ou=services,dc=example,dc=com (empty: anonymous)</source>
        <translation>cn=castellan,ou=services,dc=example,dc=com (boş: anonim)</translation>
    </message>
    <message>
        <source>Service account &amp;DN:</source>
        <translation>Hizmet hesabı &amp;DN:</translation>
    </message>
    <message>
        <source>Service account &amp;password:</source>
        <translation>Hizmet hesabı &amp;parolası:</translation>
    </message>
    <message>
        <source>dc=example,dc=com</source>
        <translation>dc=example,dc=com</translation>
    </message>
    <message>
        <source>&amp;Base DN:</source>
        <translation>Te&amp;mel DN:</translation>
    </message>
    <message>
        <source>User &amp;filter:</source>
        <translation>&amp;Kullanıcı süzgeci:</translation>
    </message>
    <message>
        <source>&amp;Login attributes:</source>
        <translation>&amp;Giriş öznitelikleri:</translation>
    </message>
    <message>
        <source>Comma-separated, in order. A user may sign in with any of them; the first one&apos;s value is the canonical username, counted by the license and written in the audit log.</source>
        <translation>Virgülle ayrılmış, sıralı. Kullanıcı herhangi biriyle oturum açabilir; ilkinin değeri asıl kullanıcı adıdır: lisansta sayılan ve denetim kaydına yazılan odur.</translation>
    </message>
    <message>
        <source>&amp;Unique id attribute:</source>
        <translation>&amp;Benzersiz kimlik özniteliği:</translation>
    </message>
    <message>
        <source>First name from:</source>
        <translation>Ad kaynağı:</translation>
    </message>
    <message>
        <source>Last name from:</source>
        <translation>Soyad kaynağı:</translation>
    </message>
    <message>
        <source>Email from:</source>
        <translation>E-posta kaynağı:</translation>
    </message>
    <message>
        <source>Phone from:</source>
        <translation>Telefon kaynağı:</translation>
    </message>
    <message>
        <source>Framed-IP from:</source>
        <translation>Framed-IP kaynağı:</translation>
    </message>
    <message>
        <source>Attribute names, comma-separated: the first one the entry has is used.</source>
        <translation>Öznitelik adları, virgülle ayrılmış: kayıtta bulunan ilki kullanılır.</translation>
    </message>
    <message>
        <source>cn=vpn-users,ou=groups,dc=example,dc=com</source>
        <translation>cn=vpn-users,ou=groups,dc=example,dc=com</translation>
    </message>
    <message>
        <source>Required &amp;groups:</source>
        <translation>Gerekli &amp;gruplar:</translation>
    </message>
    <message>
        <source>Group DNs, one per line. When any are given, only their members may sign in; empty: every user the filter finds.</source>
        <translation>Grup DN&apos;leri, her satıra bir tane. Verilirse yalnızca üyeleri oturum açabilir; boş: süzgecin bulduğu her kullanıcı.</translation>
    </message>
    <message>
        <source>Count members of member groups (nested groups)</source>
        <translation>Üye grupların üyelerini de say (iç içe gruplar)</translation>
    </message>
    <message>
        <source>Nesting:</source>
        <translation>İç içe:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Öncelik:</translation>
    </message>
    <message>
        <source>Directories are asked in ascending priority when a user signs in.</source>
        <translation>Kullanıcı oturum açarken dizinlere artan öncelik sırasıyla sorulur.</translation>
    </message>
    <message>
        <source>Let this directory&apos;s users sign in</source>
        <translation>Bu dizinin kullanıcıları oturum açabilsin</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Durum:</translation>
    </message>
    <message>
        <source>Unchanged (type a new one to replace it)</source>
        <translation>Değişmedi (değiştirmek için yenisini yazın)</translation>
    </message>
    <message>
        <source>Cannot read “%1”.</source>
        <translation>“%1” okunamıyor.</translation>
    </message>
    <message>
        <source>“%1” holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>“%1” PEM sertifikası içermiyor (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>CA Sertifikaları</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM sertifikaları (*.pem *.crt *.cer);;Tüm dosyalar (*)</translation>
    </message>
</context>
<context>
    <name>castellan::console::DirectoryModel</name>
    <message>
        <source>Active Directory</source>
        <translation>Active Directory</translation>
    </message>
    <message>
        <source>LDAP</source>
        <translation>LDAP</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Devre dışı</translation>
    </message>
    <message>
        <source>Tried in this order: the next when one does not answer</source>
        <translation>Bu sırayla denenir: biri yanıt vermezse sıradaki</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URL&apos;ler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Öncelik</translation>
    </message>
</context>
<context>
    <name>castellan::console::DirectoryTestDialog</name>
    <message>
        <source>&amp;Run Test</source>
        <translation>&amp;Sınamayı Çalıştır</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Test Directory “%1”</source>
        <translation>“%1” Dizinini Sına</translation>
    </message>
    <message>
        <source>Connects to the directory with its saved settings and counts its users. Give a username to see the entry found for it and whether it may sign in; add the password to check it too (only over ldaps:// or StartTLS).</source>
        <translation>Dizine kaydedilmiş ayarlarıyla bağlanır ve kullanıcılarını sayar. Bir kullanıcı adı verirseniz onun için bulunan kaydı ve oturum açıp açamayacağını gösterir; parolayı da eklerseniz onu da denetler (yalnızca ldaps:// ya da StartTLS üzerinden).</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>isteğe bağlı</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Kullanıcı adı:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message numerus="yes">
        <source>Testing… this can take up to %n second(s) when URLs do not answer.</source>
        <translation>
            <numerusform>Sınanıyor… URL&apos;ler yanıt vermezse bu %n saniyeye kadar sürebilir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Sınama iptal edildi.</translation>
    </message>
    <message>
        <source>The test could not run: %1</source>
        <translation>Sınama çalıştırılamadı: %1</translation>
    </message>
    <message>
        <source>LDAPS (TLS from the start)</source>
        <translation>LDAPS (baştan TLS)</translation>
    </message>
    <message>
        <source>StartTLS</source>
        <translation>StartTLS</translation>
    </message>
    <message>
        <source>None: not encrypted</source>
        <translation>Yok: şifrelenmemiş</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Bağlanma</translation>
    </message>
    <message>
        <source>Signing in with the service account</source>
        <translation>Hizmet hesabıyla oturum açma</translation>
    </message>
    <message>
        <source>Counting the users</source>
        <translation>Kullanıcıları sayma</translation>
    </message>
    <message>
        <source>Finding the user</source>
        <translation>Kullanıcıyı bulma</translation>
    </message>
    <message>
        <source>Checking the password</source>
        <translation>Parolayı denetleme</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Kullanıcı</translation>
    </message>
    <message>
        <source>DN</source>
        <translation>DN</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>Unique id</source>
        <translation>Benzersiz kimlik</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Framed-IP</source>
        <translation>Framed-IP</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruplar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>Required groups matched</source>
        <translation>Eşleşen gerekli gruplar</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>Oturum açabilir</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <source>No: not in any of the required groups</source>
        <translation>Hayır: gerekli grupların hiçbirinde değil</translation>
    </message>
    <message>
        <source>The test passed.</source>
        <translation>Sınama başarılı.</translation>
    </message>
    <message>
        <source>Failed at: %1</source>
        <translation>Başarısız adım: %1</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Bağlantı</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Yanıt veren</translation>
    </message>
    <message>
        <source>no URL</source>
        <translation>hiçbir URL</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Güvenlik</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1: answered</source>
        <translation>%1: yanıt verdi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Tried</source>
        <translation>Denenenler</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Kullanıcılar</translation>
    </message>
    <message>
        <source>Password: accepted</source>
        <translation>Parola: kabul edildi</translation>
    </message>
    <message>
        <source>Password: refused</source>
        <translation>Parola: reddedildi</translation>
    </message>
</context>
<context>
    <name>castellan::console::UserAliasModel</name>
    <message>
        <source>Alias</source>
        <translation>Takma Ad</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Eklenme</translation>
    </message>
</context>
<context>
    <name>castellan::console::AliasDialog</name>
    <message>
        <source>Add Alias</source>
        <translation>Takma Ad Ekle</translation>
    </message>
    <message>
        <source>Another login name of &lt;b&gt;%1&lt;/b&gt;: the user signs in with it using the same password and factors. It follows the rules of usernames and no other user or alias may have it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; için başka bir oturum açma adı: kullanıcı bu adla aynı parola ve faktörlerle oturum açar. Kullanıcı adı kurallarına uyar ve başka bir kullanıcı ya da takma ad bu adı taşıyamaz.</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>&amp;Takma ad:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ekle</translation>
    </message>
</context>
<context>
    <name>castellan::console::UserAliasesTab</name>
    <message>
        <source>Other login names of this user: they sign in with the same password and factors.</source>
        <translation>Bu kullanıcının diğer oturum açma adları: bu adlarla aynı parola ve faktörlerle oturum açılır.</translation>
    </message>
    <message>
        <source>A directory user has no aliases: they sign in with the login names their directory knows, and other names are added there.</source>
        <translation>Dizin kullanıcısının takma adı olmaz: dizinin bildiği oturum açma adlarıyla oturum açar; başka adlar dizinde eklenir.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ekle…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Kaldır…</translation>
    </message>
    <message>
        <source>No aliases: the user signs in with the username only.</source>
        <translation>Takma ad yok: kullanıcı yalnızca kullanıcı adıyla oturum açar.</translation>
    </message>
    <message>
        <source>Alias “%1” added</source>
        <translation>“%1” takma adı eklendi</translation>
    </message>
    <message>
        <source>Remove Alias</source>
        <translation>Takma Adı Kaldır</translation>
    </message>
    <message>
        <source>Remove the alias “%1” of %2?</source>
        <translation>%2 kullanıcısının “%1” takma adı kaldırılsın mı?</translation>
    </message>
    <message>
        <source>The user no longer signs in with this name; the name is free for others.</source>
        <translation>Kullanıcı artık bu adla oturum açamaz; ad başkaları için serbest kalır.</translation>
    </message>
    <message>
        <source>Could not remove the alias</source>
        <translation>Takma ad kaldırılamadı</translation>
    </message>
    <message>
        <source>Alias “%1” removed</source>
        <translation>“%1” takma adı kaldırıldı</translation>
    </message>
    <message>
        <source>Removing the alias…</source>
        <translation>Takma ad kaldırılıyor…</translation>
    </message>
</context>
</TS>
