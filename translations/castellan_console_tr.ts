<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR" sourcelanguage="en_US">
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
</context>
</TS>
