<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AuditCommand</name>
    <message>
        <source>Kiosk configuration.</source>
        <translation>Kiosk configuration.</translation>
    </message>
    <message>
        <source>Audit database (default: from the configuration).</source>
        <translation>Audit database (default: from the configuration).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>Verify the audit trail, or export its rows.</source>
        <translation>Verify the audit trail, or export its rows.</translation>
    </message>
    <message>
        <source>Usage: thaid-kioskctl audit verify|export [options]</source>
        <translation>Usage: thaid-kioskctl audit verify|export [options]</translation>
    </message>
    <message>
        <source>Checks every row of the audit trail: the sequence has no gap, each row is chained to the one before, and each carries a valid checkpoint signed with the station key.

Exit codes: 0 intact, 1 wrong usage, 2 altered, removed or reordered rows, 3 the trail or certificate cannot be read.</source>
        <translation>Checks every row of the audit trail: the sequence has no gap, each row is chained to the one before, and each carries a valid checkpoint signed with the station key.

Exit codes: 0 intact, 1 wrong usage, 2 altered, removed or reordered rows, 3 the trail or certificate cannot be read.</translation>
    </message>
    <message>
        <source>Station certificate whose key signs the checkpoints (default: from the configuration).</source>
        <translation>Station certificate whose key signs the checkpoints (default: from the configuration).</translation>
    </message>
    <message>
        <source>Cannot read %1 or %2</source>
        <translation>Cannot read %1 or %2</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact: %n row(s), chain and signatures valid.</source>
        <translation>
            <numerusform>Audit trail intact: %n row, chain and signatures valid.</numerusform>
            <numerusform>Audit trail intact: %n rows, chain and signatures valid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail NOT intact: %1</source>
        <translation>Audit trail NOT intact: %1</translation>
    </message>
    <message>
        <source>Prints audit rows as JSON lines (one object per row), oldest first.</source>
        <translation>Prints audit rows as JSON lines (one object per row), oldest first.</translation>
    </message>
    <message>
        <source>Only rows at or after this time (ISO 8601, e.g. 2026-11-27 or 2026-11-27T08:00:00Z).</source>
        <translation>Only rows at or after this time (ISO 8601, e.g. 2026-11-27 or 2026-11-27T08:00:00Z).</translation>
    </message>
    <message>
        <source>--since needs an ISO 8601 date or time, not &quot;%1&quot;</source>
        <translation>--since needs an ISO 8601 date or time, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Cannot read %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported.</source>
        <translation>
            <numerusform>%n row exported.</numerusform>
            <numerusform>%n rows exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardErrorText</name>
    <message>
        <source>No card reader found. Check that the reader is plugged in.</source>
        <translation>No card reader found. Check that the reader is plugged in.</translation>
    </message>
    <message>
        <source>No card in the reader. Insert the citizen&apos;s ID card, chip first.</source>
        <translation>No card in the reader. Insert the citizen&apos;s ID card, chip first.</translation>
    </message>
    <message>
        <source>Another program is using the card. Close it, then try again.</source>
        <translation>Another program is using the card. Close it, then try again.</translation>
    </message>
    <message>
        <source>The card was removed while it was being read. Insert it again and keep it in the reader.</source>
        <translation>The card was removed while it was being read. Insert it again and keep it in the reader.</translation>
    </message>
    <message>
        <source>This is not a Thai national ID card. Insert the citizen&apos;s ID card.</source>
        <translation>This is not a Thai national ID card. Insert the citizen&apos;s ID card.</translation>
    </message>
    <message>
        <source>The card gave an unexpected answer. Remove it, insert it again and retry; if it fails again, use the manual process.</source>
        <translation>The card gave an unexpected answer. Remove it, insert it again and retry; if it fails again, use the manual process.</translation>
    </message>
    <message>
        <source>The reader could not talk to the card. Clean the chip, insert the card again and retry.</source>
        <translation>The reader could not talk to the card. Clean the chip, insert the card again and retry.</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>Reading was cancelled.</translation>
    </message>
    <message>
        <source>The citizen ID on the card fails its check digit. The card cannot be used; refer the citizen to the manual process.</source>
        <translation>The citizen ID on the card fails its check digit. The card cannot be used; refer the citizen to the manual process.</translation>
    </message>
    <message>
        <source>A date on the card is not valid. Refer the citizen to the manual process.</source>
        <translation>A date on the card is not valid. Refer the citizen to the manual process.</translation>
    </message>
    <message>
        <source>Some text on the card has unreadable characters (%1). Check it against the printed card.</source>
        <translation>Some text on the card has unreadable characters (%1). Check it against the printed card.</translation>
    </message>
    <message>
        <source>The photo on the card is damaged, so the face cannot be compared. Refer the citizen to the manual process.</source>
        <translation>The photo on the card is damaged, so the face cannot be compared. Refer the citizen to the manual process.</translation>
    </message>
    <message>
        <source>The card has expired. The citizen needs a new card first.</source>
        <translation>The card has expired. The citizen needs a new card first.</translation>
    </message>
    <message>
        <source>The sex field on the card is not valid.</source>
        <translation>The sex field on the card is not valid.</translation>
    </message>
    <message>
        <source>The card data is not valid (%1).</source>
        <translation>The card data is not valid (%1).</translation>
    </message>
    <message>
        <source>The smart-card service (pcscd) is not running. Ask IT to start it (systemctl start pcscd).</source>
        <translation>The smart-card service (pcscd) is not running. Ask IT to start it (systemctl start pcscd).</translation>
    </message>
</context>
<context>
    <name>CitizenDisplay</name>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>%1 BE</source>
        <translation>%1 BE</translation>
    </message>
    <message>
        <source>%1 %2 BE</source>
        <translation>%1 %2 BE</translation>
    </message>
    <message>
        <source>%1 %2 %3 BE</source>
        <translation>%1 %2 %3 BE</translation>
    </message>
    <message>
        <source>Lifelong</source>
        <translation>Lifelong</translation>
    </message>
    <message>
        <source>Compare with care; if in doubt, ask for another document with a photo.</source>
        <translation>Compare with care; if in doubt, ask for another document with a photo.</translation>
    </message>
    <message>
        <source>A lifelong card: its photo may be decades old (issued %1).</source>
        <translation>A lifelong card: its photo may be decades old (issued %1).</translation>
    </message>
    <message>
        <source>A lifelong card: its photo may be decades old.</source>
        <translation>A lifelong card: its photo may be decades old.</translation>
    </message>
    <message>
        <source>The photo is %1 years old (issued %2).</source>
        <translation>The photo is %1 years old (issued %2).</translation>
    </message>
    <message>
        <source>Bound at another office within the last 7 days: ask why before replacing it.</source>
        <translation>Bound at another office within the last 7 days: ask why before replacing it.</translation>
    </message>
    <message>
        <source>Bound at this office within the last 7 days.</source>
        <translation>Bound at this office within the last 7 days.</translation>
    </message>
    <message>
        <source>Bound with a supervisor&apos;s exception, not a fingerprint.</source>
        <translation>Bound with a supervisor&apos;s exception, not a fingerprint.</translation>
    </message>
    <message>
        <source>You are replacing your phone. When you finish on the new phone, ThaiD on your old phone stops working.</source>
        <translation>You are replacing your phone. When you finish on the new phone, ThaiD on your old phone stops working.</translation>
    </message>
    <message>
        <source>You already have ThaiD on a phone. If you register a new phone now, ThaiD on the old phone stops working.</source>
        <translation>You already have ThaiD on a phone. If you register a new phone now, ThaiD on the old phone stops working.</translation>
    </message>
    <message>
        <source>Bound on %1 at station %2.</source>
        <translation>Bound on %1 at station %2.</translation>
    </message>
    <message>
        <source>Left index finger</source>
        <translation>Left index finger</translation>
    </message>
    <message>
        <source>Right index finger</source>
        <translation>Right index finger</translation>
    </message>
    <message>
        <source>Today: %1 completed · %2 referred · %3 cancelled</source>
        <translation>Today: %1 completed · %2 referred · %3 cancelled</translation>
    </message>
    <message>
        <source>Both index fingers are worn and do not read</source>
        <translation>Both index fingers are worn and do not read</translation>
    </message>
    <message>
        <source>The citizen has no index finger to scan</source>
        <translation>The citizen has no index finger to scan</translation>
    </message>
    <message>
        <source>The index fingers are injured or bandaged</source>
        <translation>The index fingers are injured or bandaged</translation>
    </message>
    <message>
        <source>The scanner cannot read the citizen&apos;s skin</source>
        <translation>The scanner cannot read the citizen&apos;s skin</translation>
    </message>
    <message>
        <source>ThaiD is already on a phone: after the face, F8 if it is being replaced.</source>
        <translation>ThaiD is already on a phone: after the face, F8 if it is being replaced.</translation>
    </message>
    <message>
        <source>No ThaiD yet: this will be the citizen&apos;s first phone.</source>
        <translation>No ThaiD yet: this will be the citizen&apos;s first phone.</translation>
    </message>
    <message>
        <source>Bound on %1 at %2 (station %3).</source>
        <translation>Bound on %1 at %2 (station %3).</translation>
    </message>
    <message>
        <source>high (the registry matched a finger when the phone was registered)</source>
        <translation>high (the registry matched a finger when the phone was registered)</translation>
    </message>
    <message>
        <source>substantial (registered with a supervisor&apos;s exception, no finger)</source>
        <translation>substantial (registered with a supervisor&apos;s exception, no finger)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (age %2)</translation>
    </message>
    <message>
        <source>issued %1, expires %2</source>
        <translation>issued %1, expires %2</translation>
    </message>
</context>
<context>
    <name>CitizenFacing</name>
    <message>
        <source>ThaiD registration, citizen&apos;s screen</source>
        <translation>ThaiD registration, citizen&apos;s screen</translation>
    </message>
    <message>
        <source>ThaiD registration</source>
        <translation>ThaiD registration</translation>
    </message>
    <message>
        <source>Registration QR code</source>
        <translation>Registration QR code</translation>
    </message>
    <message>
        <source>Scan this code with the ThaiD app</source>
        <translation>Scan this code with the ThaiD app</translation>
    </message>
    <message>
        <source>A new code follows in %1 s</source>
        <translation>A new code follows in %1 s</translation>
    </message>
    <message>
        <source>Preparing the code…</source>
        <translation>Preparing the code…</translation>
    </message>
    <message>
        <source>The officer is checking your card</source>
        <translation>The officer is checking your card</translation>
    </message>
    <message>
        <source>Read the 6-digit code on your phone to the officer</source>
        <translation>Read the 6-digit code on your phone to the officer</translation>
    </message>
    <message>
        <source>Continue on your phone</source>
        <translation>Continue on your phone</translation>
    </message>
    <message>
        <source>ThaiD is ready on your phone</source>
        <translation>ThaiD is ready on your phone</translation>
    </message>
    <message>
        <source>Welcome. Please give your ID card to the officer.</source>
        <translation>Welcome. Please give your ID card to the officer.</translation>
    </message>
    <message>
        <source>Place your LEFT index finger on the scanner</source>
        <translation>Place your LEFT index finger on the scanner</translation>
    </message>
    <message>
        <source>Place your RIGHT index finger on the scanner</source>
        <translation>Place your RIGHT index finger on the scanner</translation>
    </message>
    <message>
        <source>A supervisor is confirming who you are</source>
        <translation>A supervisor is confirming who you are</translation>
    </message>
    <message>
        <source>ThaiD login QR code</source>
        <translation>ThaiD login QR code</translation>
    </message>
    <message>
        <source>Scan this code with the ThaiD app to show who you are</source>
        <translation>Scan this code with the ThaiD app to show who you are</translation>
    </message>
    <message>
        <source>Valid %1:%2 more</source>
        <translation>Valid %1:%2 more</translation>
    </message>
    <message>
        <source>Your phone shows which counter asks, and a code. This screen shows the same code once you have scanned: approve only if they match.</source>
        <translation>Your phone shows which counter asks, and a code. This screen shows the same code once you have scanned: approve only if they match.</translation>
    </message>
    <message>
        <source>Check that your phone shows this code, then approve</source>
        <translation>Check that your phone shows this code, then approve</translation>
    </message>
    <message>
        <source>Thank you. The officer can see who you are.</source>
        <translation>Thank you. The officer can see who you are.</translation>
    </message>
</context>
<context>
    <name>CitizenScreen</name>
    <message>
        <source>Photo on the card</source>
        <translation>Photo on the card</translation>
    </message>
    <message>
        <source>Reading the photo… %1%</source>
        <translation>Reading the photo… %1%</translation>
    </message>
    <message>
        <source>Photo progress</source>
        <translation>Photo progress</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>Citizen ID</translation>
    </message>
    <message>
        <source>Name (Thai)</source>
        <translation>Name (Thai)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (age %2)</translation>
    </message>
    <message>
        <source>Card expires</source>
        <translation>Card expires</translation>
    </message>
    <message>
        <source>Cannot register: %1</source>
        <translation>Cannot register: %1</translation>
    </message>
    <message>
        <source>Esc or remove the card to end.</source>
        <translation>Esc or remove the card to end.</translation>
    </message>
    <message>
        <source>Reading the card… keep it in the reader.</source>
        <translation>Reading the card… keep it in the reader.</translation>
    </message>
    <message>
        <source>Compare the photo with the citizen&apos;s face. Enter: the face matches. Esc: it does not.</source>
        <translation>Compare the photo with the citizen&apos;s face. Enter: the face matches. Esc: it does not.</translation>
    </message>
</context>
<context>
    <name>CodeScreen</name>
    <message>
        <source>Type the code shown on the citizen&apos;s phone</source>
        <translation>Type the code shown on the citizen&apos;s phone</translation>
    </message>
    <message>
        <source>Confirmation code, 6 digits</source>
        <translation>Confirmation code, 6 digits</translation>
    </message>
    <message>
        <source>Tries left: %1</source>
        <translation>Tries left: %1</translation>
    </message>
    <message>
        <source>The code is sent at the sixth digit. Esc: cancel.</source>
        <translation>The code is sent at the sixth digit. Esc: cancel.</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Code valid %1 s more</source>
        <translation>Code valid %1 s more</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>The audit trail was not compared with the registry&apos;s copy.</source>
        <translation>The audit trail was not compared with the registry&apos;s copy.</translation>
    </message>
    <message>
        <source>The registry holds audit rows up to %1 from this station, but the trail here ends at row %2: rows were cut from its end.</source>
        <translation>The registry holds audit rows up to %1 from this station, but the trail here ends at row %2: rows were cut from its end.</translation>
    </message>
    <message>
        <source>Do not register citizens at this kiosk. Leave the machine as it is and call the office&apos;s IT security: the registry keeps its copy of every row it acknowledged.</source>
        <translation>Do not register citizens at this kiosk. Leave the machine as it is and call the office&apos;s IT security: the registry keeps its copy of every row it acknowledged.</translation>
    </message>
    <message>
        <source>The trail here reaches row %1; the registry has acknowledged up to row %2.</source>
        <translation>The trail here reaches row %1; the registry has acknowledged up to row %2.</translation>
    </message>
    <message>
        <source>See the registry check.</source>
        <translation>See the registry check.</translation>
    </message>
    <message>
        <source>See the audit check.</source>
        <translation>See the audit check.</translation>
    </message>
    <message>
        <source>This registry does not say what it acknowledged.</source>
        <translation>This registry does not say what it acknowledged.</translation>
    </message>
    <message>
        <source>Request a new one: thaid-kioskctl provision request, then thaid-kioskctl provision install with what the registry sends.</source>
        <translation>Request a new one: thaid-kioskctl provision request, then thaid-kioskctl provision install with what the registry sends.</translation>
    </message>
    <message>
        <source>The station certificate %1 cannot be read.</source>
        <translation>The station certificate %1 cannot be read.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2 (UTC)</source>
        <translation>Valid from %1 to %2 (UTC)</translation>
    </message>
    <message>
        <source>The station certificate is for %1, but this kiosk is %2.</source>
        <translation>The station certificate is for %1, but this kiosk is %2.</translation>
    </message>
    <message>
        <source>Set station/id to the station the certificate names, or provision this station again.</source>
        <translation>Set station/id to the station the certificate names, or provision this station again.</translation>
    </message>
    <message>
        <source>The station certificate was not issued by the registry CA in %1.</source>
        <translation>The station certificate was not issued by the registry CA in %1.</translation>
    </message>
    <message>
        <source>Install the CA and certificate the registry sent together: thaid-kioskctl provision install.</source>
        <translation>Install the CA and certificate the registry sent together: thaid-kioskctl provision install.</translation>
    </message>
    <message>
        <source>Run doctor as root or as thaid-kiosk.</source>
        <translation>Run doctor as root or as thaid-kiosk.</translation>
    </message>
    <message>
        <source>The station certificate does not belong to the station key %1.</source>
        <translation>The station certificate does not belong to the station key %1.</translation>
    </message>
    <message>
        <source>The station certificate is not valid yet.</source>
        <translation>The station certificate is not valid yet.</translation>
    </message>
    <message>
        <source>Check the kiosk&apos;s clock (see the clock check).</source>
        <translation>Check the kiosk&apos;s clock (see the clock check).</translation>
    </message>
    <message>
        <source>The station certificate expired on %1.</source>
        <translation>The station certificate expired on %1.</translation>
    </message>
    <message numerus="yes">
        <source>The station certificate expires in %n day(s).</source>
        <translation>
            <numerusform>The station certificate expires in %n day.</numerusform>
            <numerusform>The station certificate expires in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The station certificate is valid for %n more day(s).</source>
        <translation>
            <numerusform>The station certificate is valid for %n more day.</numerusform>
            <numerusform>The station certificate is valid for %n more days.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no configuration at %1.</source>
        <translation>There is no configuration at %1.</translation>
    </message>
    <message>
        <source>Reinstall thaid-kiosk to get the default /etc/thaid-kiosk/kiosk.conf, or give the right file with --config.</source>
        <translation>Reinstall thaid-kiosk to get the default /etc/thaid-kiosk/kiosk.conf, or give the right file with --config.</translation>
    </message>
    <message numerus="yes">
        <source>The configuration %1 has %n problem(s).</source>
        <translation>
            <numerusform>The configuration %1 has %n problem.</numerusform>
            <numerusform>The configuration %1 has %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>The configuration %1 is valid.</source>
        <translation>The configuration %1 is valid.</translation>
    </message>
    <message>
        <source>Reading a card was not tried.</source>
        <translation>Reading a card was not tried.</translation>
    </message>
    <message>
        <source>Fix the card service first.</source>
        <translation>Fix the card service first.</translation>
    </message>
    <message>
        <source>The smart card service (pcscd) does not answer.</source>
        <translation>The smart card service (pcscd) does not answer.</translation>
    </message>
    <message>
        <source>Start it: systemctl start pcscd.socket pcscd (package pcscd). If it keeps stopping, read journalctl -u pcscd.</source>
        <translation>Start it: systemctl start pcscd.socket pcscd (package pcscd). If it keeps stopping, read journalctl -u pcscd.</translation>
    </message>
    <message>
        <source>The smart card service answers but fails to list readers.</source>
        <translation>The smart card service answers but fails to list readers.</translation>
    </message>
    <message>
        <source>Restart it: systemctl restart pcscd.</source>
        <translation>Restart it: systemctl restart pcscd.</translation>
    </message>
    <message>
        <source>%1: card present, ATR %2</source>
        <translation>%1: card present, ATR %2</translation>
    </message>
    <message>
        <source>%1: no card</source>
        <translation>%1: no card</translation>
    </message>
    <message>
        <source>The smart card service runs but sees no card reader.</source>
        <translation>The smart card service runs but sees no card reader.</translation>
    </message>
    <message>
        <source>Connect the card reader (USB), or try another port. CCID readers need the libccid package.</source>
        <translation>Connect the card reader (USB), or try another port. CCID readers need the libccid package.</translation>
    </message>
    <message>
        <source>The configured reader &quot;%1&quot; is not connected.</source>
        <translation>The configured reader &quot;%1&quot; is not connected.</translation>
    </message>
    <message>
        <source>Connect it, or change devices/reader in the configuration (empty: any reader).</source>
        <translation>Connect it, or change devices/reader in the configuration (empty: any reader).</translation>
    </message>
    <message numerus="yes">
        <source>The smart card service answers; %n reader(s).</source>
        <translation>
            <numerusform>The smart card service answers; %n reader.</numerusform>
            <numerusform>The smart card service answers; %n readers.</numerusform>
        </translation>
    </message>
    <message>
        <source>No card in the reader, so reading was not tried.</source>
        <translation>No card in the reader, so reading was not tried.</translation>
    </message>
    <message>
        <source>Insert any Thai ID card (an officer&apos;s will do) and run doctor again to check that the reader reads.</source>
        <translation>Insert any Thai ID card (an officer&apos;s will do) and run doctor again to check that the reader reads.</translation>
    </message>
    <message>
        <source>The card in %1 could not be read.</source>
        <translation>The card in %1 could not be read.</translation>
    </message>
    <message numerus="yes">
        <source>A Thai ID card was read in %1 ms (%n card exchange(s)).</source>
        <translation>
            <numerusform>A Thai ID card was read in %1 ms (%n card exchange).</numerusform>
            <numerusform>A Thai ID card was read in %1 ms (%n card exchanges).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): verifies citizens and signs officers in</source>
        <translation>%1 (%2): verifies citizens and signs officers in</translation>
    </message>
    <message>
        <source>%1 (%2): signs officers in only (match-on-chip; cannot verify citizens against the registry&apos;s print)</source>
        <translation>%1 (%2): signs officers in only (match-on-chip; cannot verify citizens against the registry&apos;s print)</translation>
    </message>
    <message>
        <source>No fingerprint scanner was found.</source>
        <translation>No fingerprint scanner was found.</translation>
    </message>
    <message>
        <source>Connect a scanner libfprint supports (see lsusb). Unplug and plug it in again if thaid-kiosk was installed after it was connected.</source>
        <translation>Connect a scanner libfprint supports (see lsusb). Unplug and plug it in again if thaid-kiosk was installed after it was connected.</translation>
    </message>
    <message>
        <source>The configured scanner &quot;%1&quot; is not connected.</source>
        <translation>The configured scanner &quot;%1&quot; is not connected.</translation>
    </message>
    <message>
        <source>Connect it, or change devices/scanner in the configuration (empty: the first that can verify citizens).</source>
        <translation>Connect it, or change devices/scanner in the configuration (empty: the first that can verify citizens).</translation>
    </message>
    <message>
        <source>No connected scanner can verify citizens.</source>
        <translation>No connected scanner can verify citizens.</translation>
    </message>
    <message>
        <source>Citizens are checked against the registry&apos;s print, which needs an image scanner; a match-on-chip sensor only signs officers in. Connect an image scanner.</source>
        <translation>Citizens are checked against the registry&apos;s print, which needs an image scanner; a match-on-chip sensor only signs officers in. Connect an image scanner.</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprint scanner(s) found.</source>
        <translation>
            <numerusform>%n fingerprint scanner found.</numerusform>
            <numerusform>%n fingerprint scanners found.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MB free for %2.</source>
        <translation>%1 MB free for %2.</translation>
    </message>
    <message>
        <source>Free space on %1 (old logs: journalctl --vacuum-size=200M). The audit trail needs room to record every registration.</source>
        <translation>Free space on %1 (old logs: journalctl --vacuum-size=200M). The audit trail needs room to record every registration.</translation>
    </message>
    <message>
        <source>No audit trail yet: the kiosk has not run.</source>
        <translation>No audit trail yet: the kiosk has not run.</translation>
    </message>
    <message>
        <source>The audit trail cannot be read.</source>
        <translation>The audit trail cannot be read.</translation>
    </message>
    <message>
        <source>Check %1 (owner thaid-kiosk, mode 0600) and run thaid-kioskctl audit verify.</source>
        <translation>Check %1 (owner thaid-kiosk, mode 0600) and run thaid-kioskctl audit verify.</translation>
    </message>
    <message>
        <source>Every audit row has reached the registry.</source>
        <translation>Every audit row has reached the registry.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit row(s) wait for the registry; the oldest for %1 s.</source>
        <translation>
            <numerusform>%n audit row wait for the registry; the oldest for %1 s.</numerusform>
            <numerusform>%n audit rows wait for the registry; the oldest for %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kiosk cannot upload its audit trail: see the registry check. Rows are kept until the registry acknowledges them; do not remove /var/lib/thaid-kiosk meanwhile.</source>
        <translation>The kiosk cannot upload its audit trail: see the registry check. Rows are kept until the registry acknowledges them; do not remove /var/lib/thaid-kiosk meanwhile.</translation>
    </message>
    <message>
        <source>The clock was not compared with the registry&apos;s.</source>
        <translation>The clock was not compared with the registry&apos;s.</translation>
    </message>
    <message>
        <source>It is compared once the registry answers.</source>
        <translation>It is compared once the registry answers.</translation>
    </message>
    <message>
        <source>The registry settings cannot be used.</source>
        <translation>The registry settings cannot be used.</translation>
    </message>
    <message>
        <source>See the configuration and certificate checks.</source>
        <translation>See the configuration and certificate checks.</translation>
    </message>
    <message>
        <source>The registry at %1 cannot be used.</source>
        <translation>The registry at %1 cannot be used.</translation>
    </message>
    <message>
        <source>The registry at %1 answers over mutual TLS in %2 ms and knows this kiosk as station %3.</source>
        <translation>The registry at %1 answers over mutual TLS in %2 ms and knows this kiosk as station %3.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s clock is %1 s behind the registry&apos;s.</source>
        <translation>This kiosk&apos;s clock is %1 s behind the registry&apos;s.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s clock is %1 s ahead of the registry&apos;s.</source>
        <translation>This kiosk&apos;s clock is %1 s ahead of the registry&apos;s.</translation>
    </message>
    <message>
        <source>Set the clock from the network: timedatectl set-ntp true (or the office&apos;s time server). QR codes and certificates depend on it.</source>
        <translation>Set the clock from the network: timedatectl set-ntp true (or the office&apos;s time server). QR codes and certificates depend on it.</translation>
    </message>
    <message>
        <source>The registry&apos;s certificate, CA or keys are not installed yet: provision this station (thaid-kioskctl provision request, then provision install).</source>
        <translation>The registry&apos;s certificate, CA or keys are not installed yet: provision this station (thaid-kioskctl provision request, then provision install).</translation>
    </message>
    <message>
        <source>Edit %1 and correct each key listed, then run doctor again. The kiosk does not start until they are fixed; a fresh kiosk also needs provisioning (thaid-kioskctl provision).</source>
        <translation>Edit %1 and correct each key listed, then run doctor again. The kiosk does not start until they are fixed; a fresh kiosk also needs provisioning (thaid-kioskctl provision).</translation>
    </message>
    <message>
        <source>The free space of %1 cannot be read.</source>
        <translation>The free space of %1 cannot be read.</translation>
    </message>
    <message>
        <source>Check that the folder exists.</source>
        <translation>Check that the folder exists.</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Card service</source>
        <translation>Card service</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Fingerprint scanners</source>
        <translation>Fingerprint scanners</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>Station certificate</source>
        <translation>Station certificate</translation>
    </message>
    <message>
        <source>Audit queue</source>
        <translation>Audit queue</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disk</translation>
    </message>
    <message>
        <source>The station key %1 could not be loaded, so it was not compared with the certificate.</source>
        <translation>The station key %1 could not be loaded, so it was not compared with the certificate.</translation>
    </message>
    <message>
        <source>See the station key check.</source>
        <translation>See the station key check.</translation>
    </message>
    <message>
        <source>Station key</source>
        <translation>Station key</translation>
    </message>
    <message>
        <source>The registry was not asked: the station key could not be loaded.</source>
        <translation>The registry was not asked: the station key could not be loaded.</translation>
    </message>
    <message>
        <source>The station key cannot be used from the TPM (%1).</source>
        <translation>The station key cannot be used from the TPM (%1).</translation>
    </message>
    <message>
        <source>Check that this is the machine the station was provisioned on and that its TPM is enabled (tpm/tcti in the configuration says how it is reached). A new machine or a cleared TPM needs provisioning again: thaid-kioskctl provision request --new-key.</source>
        <translation>Check that this is the machine the station was provisioned on and that its TPM is enabled (tpm/tcti in the configuration says how it is reached). A new machine or a cleared TPM needs provisioning again: thaid-kioskctl provision request --new-key.</translation>
    </message>
    <message>
        <source>The station key %1 cannot be read by this user.</source>
        <translation>The station key %1 cannot be read by this user.</translation>
    </message>
    <message>
        <source>The station key is kept in the TPM (%1): it cannot be copied off this machine.</source>
        <translation>The station key is kept in the TPM (%1): it cannot be copied off this machine.</translation>
    </message>
    <message>
        <source>The station key is a file (%1): whoever copies it can act as this station.</source>
        <translation>The station key is a file (%1): whoever copies it can act as this station.</translation>
    </message>
    <message>
        <source>Where the machine has a TPM 2.0, keep the key there: set registry/key = tpm:0x81000010 and run thaid-kioskctl provision request --new-key (README, Trust model).</source>
        <translation>Where the machine has a TPM 2.0, keep the key there: set registry/key = tpm:0x81000010 and run thaid-kioskctl provision request --new-key (README, Trust model).</translation>
    </message>
</context>
<context>
    <name>DoctorCommand</name>
    <message>
        <source>[ ok ]</source>
        <translation>[ ok ]</translation>
    </message>
    <message>
        <source>[warn]</source>
        <translation>[warn]</translation>
    </message>
    <message>
        <source>[FAIL]</source>
        <translation>[FAIL]</translation>
    </message>
    <message>
        <source>Check the configuration, card reader, scanners, registry, certificate, clock, audit queue and disk.</source>
        <translation>Check the configuration, card reader, scanners, registry, certificate, clock, audit queue and disk.</translation>
    </message>
    <message>
        <source>Exit codes: 0 nothing failed (warnings allowed), 1 wrong usage, 2 a check failed.</source>
        <translation>Exit codes: 0 nothing failed (warnings allowed), 1 wrong usage, 2 a check failed.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Print one JSON object.</translation>
    </message>
    <message>
        <source>Configuration file.</source>
        <translation>Configuration file.</translation>
    </message>
    <message>
        <source>Seconds to wait for fingerprint scanners to appear.</source>
        <translation>Seconds to wait for fingerprint scanners to appear.</translation>
    </message>
    <message>
        <source>Not checked: the configuration is not valid.</source>
        <translation>Not checked: the configuration is not valid.</translation>
    </message>
    <message>
        <source>Fix the configuration first.</source>
        <translation>Fix the configuration first.</translation>
    </message>
</context>
<context>
    <name>ExceptionReasonScreen</name>
    <message>
        <source>Supervisor exception: why can the fingers not verify the citizen?</source>
        <translation>Supervisor exception: why can the fingers not verify the citizen?</translation>
    </message>
    <message>
        <source>A second officer with the supervisor role signs off with their own card and finger. The registration gets a lower assurance level, and each counter has a daily limit.</source>
        <translation>A second officer with the supervisor role signs off with their own card and finger. The registration gets a lower assurance level, and each counter has a daily limit.</translation>
    </message>
    <message>
        <source>1 to 4: the reason. Esc: stop and refer the citizen.</source>
        <translation>1 to 4: the reason. Esc: stop and refer the citizen.</translation>
    </message>
</context>
<context>
    <name>FaultScreen</name>
    <message>
        <source>The card service is not running</source>
        <translation>The card service is not running</translation>
    </message>
    <message>
        <source>Card reader problem</source>
        <translation>Card reader problem</translation>
    </message>
    <message>
        <source>The card could not be read</source>
        <translation>The card could not be read</translation>
    </message>
    <message>
        <source>Fingerprint scanner problem</source>
        <translation>Fingerprint scanner problem</translation>
    </message>
    <message>
        <source>Registry problem</source>
        <translation>Registry problem</translation>
    </message>
    <message>
        <source>Storage problem</source>
        <translation>Storage problem</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>The kiosk reconnects by itself when the service is back.</source>
        <translation>The kiosk reconnects by itself when the service is back.</translation>
    </message>
    <message>
        <source>Enter: try again. Esc: end the registration.</source>
        <translation>Enter: try again. Esc: end the registration.</translation>
    </message>
    <message>
        <source>The kiosk carries on by itself when a reader is connected.</source>
        <translation>The kiosk carries on by itself when a reader is connected.</translation>
    </message>
</context>
<context>
    <name>FingerprintCommand</name>
    <message>
        <source>Enrolment: %1 of %2 scans done.</source>
        <translation>Enrolment: %1 of %2 scans done.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>Key file for prints at rest (AES-256-GCM).</source>
        <translation>Key file for prints at rest (AES-256-GCM).</translation>
    </message>
    <message>
        <source>Use this scanner (id from &apos;list&apos;).</source>
        <translation>Use this scanner (id from &apos;list&apos;).</translation>
    </message>
    <message>
        <source>Seconds to wait for a finger.</source>
        <translation>Seconds to wait for a finger.</translation>
    </message>
    <message>
        <source>Seconds to wait for a scanner.</source>
        <translation>Seconds to wait for a scanner.</translation>
    </message>
    <message>
        <source>Exit codes: 0 match (or done), 1 no match, 2 no scanner, 3 no finger in time, 4 cancelled, 5 scanner unplugged, 6 scanner error, 7 print file damaged, 8 print encrypted with another key, 9 print not usable on this scanner, 10 key file missing or unsafe, 11 scanner busy, 64 wrong usage.</source>
        <translation>Exit codes: 0 match (or done), 1 no match, 2 no scanner, 3 no finger in time, 4 cancelled, 5 scanner unplugged, 6 scanner error, 7 print file damaged, 8 print encrypted with another key, 9 print not usable on this scanner, 10 key file missing or unsafe, 11 scanner busy, 64 wrong usage.</translation>
    </message>
    <message>
        <source>List fingerprint scanners, enrol a finger, or verify one against a stored print.</source>
        <translation>List fingerprint scanners, enrol a finger, or verify one against a stored print.</translation>
    </message>
    <message>
        <source>Usage: thaid-kioskctl fingerprint list|enroll|verify [options]</source>
        <translation>Usage: thaid-kioskctl fingerprint list|enroll|verify [options]</translation>
    </message>
    <message>
        <source>Lists fingerprint scanners and what each can do.</source>
        <translation>Lists fingerprint scanners and what each can do.</translation>
    </message>
    <message>
        <source>image scanner: verifies citizens against registry prints and signs officers in</source>
        <translation>image scanner: verifies citizens against registry prints and signs officers in</translation>
    </message>
    <message>
        <source>match-on-chip sensor: signs officers in only; cannot verify citizens against registry prints</source>
        <translation>match-on-chip sensor: signs officers in only; cannot verify citizens against registry prints</translation>
    </message>
    <message>
        <source>Enrols one finger and writes its print, encrypted, to FILE.</source>
        <translation>Enrols one finger and writes its print, encrypted, to FILE.</translation>
    </message>
    <message>
        <source>Where to write the print.</source>
        <translation>Where to write the print.</translation>
    </message>
    <message>
        <source>Which finger (right-index, left-index, ...).</source>
        <translation>Which finger (right-index, left-index, ...).</translation>
    </message>
    <message>
        <source>enroll needs --out FILE and a valid --finger</source>
        <translation>enroll needs --out FILE and a valid --finger</translation>
    </message>
    <message>
        <source>Enrolled; print written to %1</source>
        <translation>Enrolled; print written to %1</translation>
    </message>
    <message>
        <source>Verifies a finger 1:1 against a stored print.</source>
        <translation>Verifies a finger 1:1 against a stored print.</translation>
    </message>
    <message>
        <source>The stored print.</source>
        <translation>The stored print.</translation>
    </message>
    <message>
        <source>Failed matches before the final no-match.</source>
        <translation>Failed matches before the final no-match.</translation>
    </message>
    <message>
        <source>verify needs --print FILE</source>
        <translation>verify needs --print FILE</translation>
    </message>
    <message>
        <source>Match (attempt %1, %2 ms).</source>
        <translation>Match (attempt %1, %2 ms).</translation>
    </message>
</context>
<context>
    <name>FingerprintScreen</name>
    <message>
        <source>Finger not verified</source>
        <translation>Finger not verified</translation>
    </message>
    <message>
        <source>%1: attempt %2 of %3</source>
        <translation>%1: attempt %2 of %3</translation>
    </message>
    <message>
        <source>What the scanner saw</source>
        <translation>What the scanner saw</translation>
    </message>
    <message>
        <source>The captured fingerprint</source>
        <translation>The captured fingerprint</translation>
    </message>
    <message>
        <source>F9: a supervisor&apos;s exception. Esc or remove the card to end.</source>
        <translation>F9: a supervisor&apos;s exception. Esc or remove the card to end.</translation>
    </message>
    <message>
        <source>F9: no usable index finger, a supervisor&apos;s exception. Esc: cancel</source>
        <translation>F9: no usable index finger, a supervisor&apos;s exception. Esc: cancel</translation>
    </message>
</context>
<context>
    <name>FingerprintText</name>
    <message>
        <source>Ask the citizen to place the index finger flat on the scanner.</source>
        <translation>Ask the citizen to place the index finger flat on the scanner.</translation>
    </message>
    <message>
        <source>The finger was lifted too soon. Ask the citizen to keep it on the scanner a moment longer.</source>
        <translation>The finger was lifted too soon. Ask the citizen to keep it on the scanner a moment longer.</translation>
    </message>
    <message>
        <source>The finger is off-centre. Ask the citizen to place it in the middle of the scanner.</source>
        <translation>The finger is off-centre. Ask the citizen to place it in the middle of the scanner.</translation>
    </message>
    <message>
        <source>Ask the citizen to lift the finger and place it again.</source>
        <translation>Ask the citizen to lift the finger and place it again.</translation>
    </message>
    <message>
        <source>The scan was not clear. Ask the citizen to place the finger again, pressing gently.</source>
        <translation>The scan was not clear. Ask the citizen to place the finger again, pressing gently.</translation>
    </message>
    <message>
        <source>No fingerprint scanner found. Check that the scanner is plugged in.</source>
        <translation>No fingerprint scanner found. Check that the scanner is plugged in.</translation>
    </message>
    <message>
        <source>The scanner is busy with another operation. Wait a moment and try again.</source>
        <translation>The scanner is busy with another operation. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>No finger was placed in time. Start the scan again when the citizen is ready.</source>
        <translation>No finger was placed in time. Start the scan again when the citizen is ready.</translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation>The scan was cancelled.</translation>
    </message>
    <message>
        <source>The scanner was unplugged. Plug it in again, then retry.</source>
        <translation>The scanner was unplugged. Plug it in again, then retry.</translation>
    </message>
    <message>
        <source>The scanner reported an error. Unplug it, plug it in again and retry; if it persists, call IT.</source>
        <translation>The scanner reported an error. Unplug it, plug it in again and retry; if it persists, call IT.</translation>
    </message>
    <message>
        <source>The stored fingerprint is damaged. Enrol the finger again.</source>
        <translation>The stored fingerprint is damaged. Enrol the finger again.</translation>
    </message>
    <message>
        <source>The stored fingerprint was encrypted with another key. Enrol the finger again on this kiosk.</source>
        <translation>The stored fingerprint was encrypted with another key. Enrol the finger again on this kiosk.</translation>
    </message>
    <message>
        <source>The stored fingerprint cannot be checked on this scanner. Use an image scanner or enrol again.</source>
        <translation>The stored fingerprint cannot be checked on this scanner. Use an image scanner or enrol again.</translation>
    </message>
    <message>
        <source>The fingerprint key file is missing or unsafe. Ask IT to check it.</source>
        <translation>The fingerprint key file is missing or unsafe. Ask IT to check it.</translation>
    </message>
    <message>
        <source>The fingerprint does not match after the allowed attempts. Refer the citizen to the manual process.</source>
        <translation>The fingerprint does not match after the allowed attempts. Refer the citizen to the manual process.</translation>
    </message>
    <message>
        <source>No match (attempt %1 of %2). Ask the citizen to place the same finger again.</source>
        <translation>No match (attempt %1 of %2). Ask the citizen to place the same finger again.</translation>
    </message>
    <message>
        <source>The right index finger did not match. Now ask for the LEFT index finger, placed flat on the scanner.</source>
        <translation>The right index finger did not match. Now ask for the LEFT index finger, placed flat on the scanner.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>ThaiD registration kiosk</source>
        <translation>ThaiD registration kiosk</translation>
    </message>
    <message>
        <source>ThaiD registration</source>
        <translation>ThaiD registration</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>Officer: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Switch language</source>
        <translation>Switch language</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Insert your own ID card, then place your index finger on the scanner.</source>
        <translation>Insert your own ID card, then place your index finger on the scanner.</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Signing in</translation>
    </message>
    <message>
        <source>Esc: cancel</source>
        <translation>Esc: cancel</translation>
    </message>
    <message>
        <source>Remove the card</source>
        <translation>Remove the card</translation>
    </message>
    <message>
        <source>Insert the citizen&apos;s ID card</source>
        <translation>Insert the citizen&apos;s ID card</translation>
    </message>
    <message>
        <source>Registration complete</source>
        <translation>Registration complete</translation>
    </message>
    <message>
        <source>Remove the card to serve the next citizen.</source>
        <translation>Remove the card to serve the next citizen.</translation>
    </message>
    <message>
        <source>The card&apos;s data shows as soon as it is read. F10: sign out. Ctrl+Shift+M: maintenance</source>
        <translation>The card&apos;s data shows as soon as it is read. F10: sign out. Ctrl+Shift+M: maintenance</translation>
    </message>
    <message>
        <source>The citizen already has ThaiD on a phone</source>
        <translation>The citizen already has ThaiD on a phone</translation>
    </message>
    <message>
        <source>F8: the citizen is replacing that phone; it stops working when this registration completes. Esc: stop, and the old phone keeps working.</source>
        <translation>F8: the citizen is replacing that phone; it stops working when this registration completes. Esc: stop, and the old phone keeps working.</translation>
    </message>
    <message>
        <source>The card&apos;s data shows as soon as it is read. F6: ThaiD check (the citizen shows who they are with the ThaiD app). F10: sign out. Ctrl+Shift+M: maintenance</source>
        <translation>The card&apos;s data shows as soon as it is read. F6: ThaiD check (the citizen shows who they are with the ThaiD app). F10: sign out. Ctrl+Shift+M: maintenance</translation>
    </message>
</context>
<context>
    <name>MaintenanceScreen</name>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Checking</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Enter: check again. Esc: back to work. Full report: thaid-kioskctl doctor</source>
        <translation>Enter: check again. Esc: back to work. Full report: thaid-kioskctl doctor</translation>
    </message>
</context>
<context>
    <name>OfficerCommand</name>
    <message>
        <source>Kiosk configuration.</source>
        <translation>Kiosk configuration.</translation>
    </message>
    <message>
        <source>Enrol, list or remove the officers who may sign in on this kiosk.</source>
        <translation>Enrol, list or remove the officers who may sign in on this kiosk.</translation>
    </message>
    <message>
        <source>Usage: thaid-kioskctl officer enroll|list|remove [options]</source>
        <translation>Usage: thaid-kioskctl officer enroll|list|remove [options]</translation>
    </message>
    <message>
        <source>Reads the officer&apos;s own ID card, then enrols their index finger; the template is stored sealed with AES-256-GCM under the kiosk&apos;s print key.

Exit codes: 0 enrolled, 1 wrong usage, 2 card problem, 3 fingerprint problem, 4 storage problem.</source>
        <translation>Reads the officer&apos;s own ID card, then enrols their index finger; the template is stored sealed with AES-256-GCM under the kiosk&apos;s print key.

Exit codes: 0 enrolled, 1 wrong usage, 2 card problem, 3 fingerprint problem, 4 storage problem.</translation>
    </message>
    <message>
        <source>Name shown at sign-in (default: the name on the card).</source>
        <translation>Name shown at sign-in (default: the name on the card).</translation>
    </message>
    <message>
        <source>Use this reader only.</source>
        <translation>Use this reader only.</translation>
    </message>
    <message>
        <source>Use this scanner (id from &apos;fingerprint list&apos;).</source>
        <translation>Use this scanner (id from &apos;fingerprint list&apos;).</translation>
    </message>
    <message>
        <source>right-index or left-index.</source>
        <translation>right-index or left-index.</translation>
    </message>
    <message>
        <source>Seconds to wait for the card and the scanner.</source>
        <translation>Seconds to wait for the card and the scanner.</translation>
    </message>
    <message>
        <source>--finger must be right-index or left-index</source>
        <translation>--finger must be right-index or left-index</translation>
    </message>
    <message>
        <source>Insert the officer&apos;s own ID card.</source>
        <translation>Insert the officer&apos;s own ID card.</translation>
    </message>
    <message>
        <source>This card cannot be used: it is expired or its data is invalid.</source>
        <translation>This card cannot be used: it is expired or its data is invalid.</translation>
    </message>
    <message>
        <source>Card read: %1. Now the finger.</source>
        <translation>Card read: %1. Now the finger.</translation>
    </message>
    <message>
        <source>Officer enrolled: %1</source>
        <translation>Officer enrolled: %1</translation>
    </message>
    <message>
        <source>Lists the officers enrolled on this kiosk.</source>
        <translation>Lists the officers enrolled on this kiosk.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message numerus="yes">
        <source>%n officer(s) enrolled.</source>
        <translation>
            <numerusform>%n officer enrolled.</numerusform>
            <numerusform>%n officers enrolled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removes an officer and their fingerprint template.</source>
        <translation>Removes an officer and their fingerprint template.</translation>
    </message>
    <message>
        <source>The officer&apos;s 13-digit citizen ID.</source>
        <translation>The officer&apos;s 13-digit citizen ID.</translation>
    </message>
    <message>
        <source>Name the officer&apos;s citizen ID.</source>
        <translation>Name the officer&apos;s citizen ID.</translation>
    </message>
    <message>
        <source>No officer with that ID is enrolled here.</source>
        <translation>No officer with that ID is enrolled here.</translation>
    </message>
    <message>
        <source>Officer removed.</source>
        <translation>Officer removed.</translation>
    </message>
    <message>
        <source>officer, or supervisor: may sign off another officer&apos;s citizen when their fingers cannot be verified (the registry must give the same role).</source>
        <translation>officer, or supervisor: may sign off another officer&apos;s citizen when their fingers cannot be verified (the registry must give the same role).</translation>
    </message>
    <message>
        <source>--role must be officer or supervisor</source>
        <translation>--role must be officer or supervisor</translation>
    </message>
</context>
<context>
    <name>PhoneScreen</name>
    <message>
        <source>Waiting for the citizen&apos;s phone</source>
        <translation>Waiting for the citizen&apos;s phone</translation>
    </message>
    <message>
        <source>Time left: %1 s. Esc: cancel</source>
        <translation>Time left: %1 s. Esc: cancel</translation>
    </message>
</context>
<context>
    <name>PhoneSteps</name>
    <message>
        <source>Open ThaiD, choose &quot;register through an officer&quot;, type the ID number and scan the QR code</source>
        <translation>Open ThaiD, choose &quot;register through an officer&quot;, type the ID number and scan the QR code</translation>
    </message>
    <message>
        <source>Read the 6-digit code on the phone to the officer</source>
        <translation>Read the 6-digit code on the phone to the officer</translation>
    </message>
    <message>
        <source>Create an 8-digit passcode</source>
        <translation>Create an 8-digit passcode</translation>
    </message>
    <message>
        <source>Give consent and unlock ThaiD</source>
        <translation>Give consent and unlock ThaiD</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
</context>
<context>
    <name>ProvisionCommand</name>
    <message>
        <source>Configuration file.</source>
        <translation>Configuration file.</translation>
    </message>
    <message>
        <source>Make the station key and certificate request; install the registry&apos;s certificate, CA and QR keys.</source>
        <translation>Make the station key and certificate request; install the registry&apos;s certificate, CA and QR keys.</translation>
    </message>
    <message>
        <source>Usage: thaid-kioskctl provision request|install [options]</source>
        <translation>Usage: thaid-kioskctl provision request|install [options]</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 wrong usage, 2 refused (configuration or files not valid), 3 cannot write.</source>
        <translation>Exit codes: 0 done, 1 wrong usage, 2 refused (configuration or files not valid), 3 cannot write.</translation>
    </message>
    <message>
        <source>Write the request here (default: stdout).</source>
        <translation>Write the request here (default: stdout).</translation>
    </message>
    <message>
        <source>Replace an existing station key with a new one.</source>
        <translation>Replace an existing station key with a new one.</translation>
    </message>
    <message>
        <source>The configuration %1 has problems:</source>
        <translation>The configuration %1 has problems:</translation>
    </message>
    <message>
        <source>Using the existing station key %1.</source>
        <translation>Using the existing station key %1.</translation>
    </message>
    <message>
        <source>New station key: %1 (mode 0600).</source>
        <translation>New station key: %1 (mode 0600).</translation>
    </message>
    <message>
        <source>Send the request for station-%1 to the registry operator; install what comes back with: thaid-kioskctl provision install --certificate FILE --ca FILE --qr-keys FILE</source>
        <translation>Send the request for station-%1 to the registry operator; install what comes back with: thaid-kioskctl provision install --certificate FILE --ca FILE --qr-keys FILE</translation>
    </message>
    <message>
        <source>Checks the registry&apos;s answer against this station and its key, then installs the certificate, the registry CA and the QR signing keys where the configuration says.</source>
        <translation>Checks the registry&apos;s answer against this station and its key, then installs the certificate, the registry CA and the QR signing keys where the configuration says.</translation>
    </message>
    <message>
        <source>The station certificate the registry issued (PEM).</source>
        <translation>The station certificate the registry issued (PEM).</translation>
    </message>
    <message>
        <source>The registry&apos;s CA certificate (PEM).</source>
        <translation>The registry&apos;s CA certificate (PEM).</translation>
    </message>
    <message>
        <source>The registry&apos;s QR signing keys (hex, one per line).</source>
        <translation>The registry&apos;s QR signing keys (hex, one per line).</translation>
    </message>
    <message>
        <source>provision install needs --certificate, --ca and --qr-keys.</source>
        <translation>provision install needs --certificate, --ca and --qr-keys.</translation>
    </message>
    <message>
        <source>%1 holds no QR signing key: %2</source>
        <translation>%1 holds no QR signing key: %2</translation>
    </message>
    <message>
        <source>Not installed: %1.</source>
        <translation>Not installed: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Installed the certificate for station-%1, the registry CA and %n QR signing key(s).</source>
        <translation>
            <numerusform>Installed the certificate for station-%1, the registry CA and %n QR signing key.</numerusform>
            <numerusform>Installed the certificate for station-%1, the registry CA and %n QR signing keys.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate is valid until %1 (%2 days). Run thaid-kioskctl doctor next.</source>
        <translation>The certificate is valid until %1 (%2 days). Run thaid-kioskctl doctor next.</translation>
    </message>
    <message>
        <source>The TPM cannot be used: %1</source>
        <translation>The TPM cannot be used: %1</translation>
    </message>
    <message>
        <source>Using the existing station key in the TPM (%1).</source>
        <translation>Using the existing station key in the TPM (%1).</translation>
    </message>
    <message>
        <source>New station key in the TPM (%1): it was made there and cannot leave it.</source>
        <translation>New station key in the TPM (%1): it was made there and cannot leave it.</translation>
    </message>
    <message>
        <source>Makes the station&apos;s private key unless it exists (in the TPM when registry/key is tpm:0x…, else a file of mode 0600), and prints a certificate request for the registry operator.</source>
        <translation>Makes the station&apos;s private key unless it exists (in the TPM when registry/key is tpm:0x…, else a file of mode 0600), and prints a certificate request for the registry operator.</translation>
    </message>
    <message>
        <source>The station key cannot be used: %1</source>
        <translation>The station key cannot be used: %1</translation>
    </message>
</context>
<context>
    <name>QrScreen</name>
    <message>
        <source>Registration QR code</source>
        <translation>Registration QR code</translation>
    </message>
    <message>
        <source>Waiting for the QR code</source>
        <translation>Waiting for the QR code</translation>
    </message>
    <message>
        <source>Ask the citizen to scan this code</source>
        <translation>Ask the citizen to scan this code</translation>
    </message>
    <message>
        <source>Getting a signed code from the registry…</source>
        <translation>Getting a signed code from the registry…</translation>
    </message>
    <message>
        <source>Esc: cancel</source>
        <translation>Esc: cancel</translation>
    </message>
    <message>
        <source>The QR code is on the citizen&apos;s screen</source>
        <translation>The QR code is on the citizen&apos;s screen</translation>
    </message>
    <message>
        <source>Code valid %1 s more, then a new one follows by itself.</source>
        <translation>Code valid %1 s more, then a new one follows by itself.</translation>
    </message>
    <message>
        <source>Session: %1:%2 left.</source>
        <translation>Session: %1:%2 left.</translation>
    </message>
    <message>
        <source>Opening a registration session at the registry…</source>
        <translation>Opening a registration session at the registry…</translation>
    </message>
</context>
<context>
    <name>ReadCardCommand</name>
    <message>
        <source>Read the Thai national ID card in a reader and print its data.</source>
        <translation>Read the Thai national ID card in a reader and print its data.</translation>
    </message>
    <message>
        <source>Use this reader only.</source>
        <translation>Use this reader only.</translation>
    </message>
    <message>
        <source>Seconds to wait for pcscd, a reader and a card.</source>
        <translation>Seconds to wait for pcscd, a reader and a card.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Print one JSON object.</translation>
    </message>
    <message>
        <source>Add card-link statistics.</source>
        <translation>Add card-link statistics.</translation>
    </message>
    <message>
        <source>Write the photo (JPEG) to FILE.</source>
        <translation>Write the photo (JPEG) to FILE.</translation>
    </message>
    <message>
        <source>--wait needs a number of seconds</source>
        <translation>--wait needs a number of seconds</translation>
    </message>
    <message>
        <source>Cannot write the photo to %1</source>
        <translation>Cannot write the photo to %1</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>Citizen ID</translation>
    </message>
    <message>
        <source>Name (Thai)</source>
        <translation>Name (Thai)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Card request number</source>
        <translation>Card request number</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <source>lifelong</source>
        <translation>lifelong</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Photo number</source>
        <translation>Photo number</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Card exchanges</source>
        <translation>Card exchanges</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>Bytes received</translation>
    </message>
    <message>
        <source>Time to text / photo</source>
        <translation>Time to text / photo</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Exit codes:
  0  the card was read
  2  no reader or no card within --wait
  3  not a Thai ID card
  4  card removed during the read
  5  PC/SC service (pcscd) unavailable
  6  card data invalid (the record is printed, with the problems as warnings)
  7  card held by another program
  8  card or reader error (unexpected answer, communication failure)
  64 wrong usage</source>
        <translation>Exit codes:
  0  the card was read
  2  no reader or no card within --wait
  3  not a Thai ID card
  4  card removed during the read
  5  PC/SC service (pcscd) unavailable
  6  card data invalid (the record is printed, with the problems as warnings)
  7  card held by another program
  8  card or reader error (unexpected answer, communication failure)
  64 wrong usage</translation>
    </message>
</context>
<context>
    <name>RegistryErrorText</name>
    <message>
        <source>The registry cannot be reached. Check the network cable; the kiosk keeps trying. If it does not come back, call IT.</source>
        <translation>The registry cannot be reached. Check the network cable; the kiosk keeps trying. If it does not come back, call IT.</translation>
    </message>
    <message>
        <source>The secure connection to the registry failed (certificate). Call IT: the station certificate or the registry CA needs attention.</source>
        <translation>The secure connection to the registry failed (certificate). Call IT: the station certificate or the registry CA needs attention.</translation>
    </message>
    <message>
        <source>The registry had an internal error. Wait a moment and try again.</source>
        <translation>The registry had an internal error. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>The registry sent an answer the kiosk does not understand. Try again; if it happens again, call IT.</source>
        <translation>The registry sent an answer the kiosk does not understand. Try again; if it happens again, call IT.</translation>
    </message>
    <message>
        <source>The registry is answering too slowly. Wait a moment and try again.</source>
        <translation>The registry is answering too slowly. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>The registry sent a QR code the kiosk cannot verify, so it is not shown. Cancel and start again; if it happens again, call IT.</source>
        <translation>The registry sent a QR code the kiosk cannot verify, so it is not shown. Cancel and start again; if it happens again, call IT.</translation>
    </message>
    <message numerus="yes">
        <source>The code does not match the citizen&apos;s phone. Check the digits on the phone and type them again (%n tries left).</source>
        <translation>
            <numerusform>The code does not match the citizen&apos;s phone. Check the digits on the phone and type them again (%n try left).</numerusform>
            <numerusform>The code does not match the citizen&apos;s phone. Check the digits on the phone and type them again (%n tries left).</numerusform>
        </translation>
    </message>
    <message>
        <source>This card is not the citizen&apos;s latest valid card. Ask for the newest card, or send the citizen to card services.</source>
        <translation>This card is not the citizen&apos;s latest valid card. Ask for the newest card, or send the citizen to card services.</translation>
    </message>
    <message>
        <source>The registry refused this station or officer. Sign in again; if it happens again, call IT.</source>
        <translation>The registry refused this station or officer. Sign in again; if it happens again, call IT.</translation>
    </message>
    <message>
        <source>The session has expired. Start again from the card.</source>
        <translation>The session has expired. Start again from the card.</translation>
    </message>
    <message>
        <source>The registry no longer accepts this station&apos;s certificate: the station was provisioned again. Office IT: point the kiosk at its current key and certificate (thaid-kioskctl doctor), or provision it again.</source>
        <translation>The registry no longer accepts this station&apos;s certificate: the station was provisioned again. Office IT: point the kiosk at its current key and certificate (thaid-kioskctl doctor), or provision it again.</translation>
    </message>
    <message>
        <source>The registry does not know this session or citizen. Start again from the card.</source>
        <translation>The registry does not know this session or citizen. Start again from the card.</translation>
    </message>
    <message>
        <source>The session has already moved on or ended. Start again from the card.</source>
        <translation>The session has already moved on or ended. Start again from the card.</translation>
    </message>
    <message>
        <source>The registry refused the request (%1). Start again; if it happens again, call IT.</source>
        <translation>The registry refused the request (%1). Start again; if it happens again, call IT.</translation>
    </message>
    <message>
        <source>The registry did not verify the finger. Scan the finger again.</source>
        <translation>The registry did not verify the finger. Scan the finger again.</translation>
    </message>
    <message>
        <source>The scan shows too little of the finger. Clean the scanner, press the whole fingertip flat and scan again.</source>
        <translation>The scan shows too little of the finger. Clean the scanner, press the whole fingertip flat and scan again.</translation>
    </message>
    <message>
        <source>Too many fingers did not match for this person. The registry allows no more tries for 15 minutes; refer the citizen to a supervisor.</source>
        <translation>Too many fingers did not match for this person. The registry allows no more tries for 15 minutes; refer the citizen to a supervisor.</translation>
    </message>
    <message>
        <source>The citizen&apos;s ThaiD phone changed while you were serving them. Remove the card and insert it again to see the phone the registry holds now.</source>
        <translation>The citizen&apos;s ThaiD phone changed while you were serving them. Remove the card and insert it again to see the phone the registry holds now.</translation>
    </message>
    <message>
        <source>The registry does not accept this card for the sign-off: it needs another officer with the supervisor role. Ask a supervisor to insert their own card.</source>
        <translation>The registry does not accept this card for the sign-off: it needs another officer with the supervisor role. Ask a supervisor to insert their own card.</translation>
    </message>
    <message>
        <source>This counter has used all its supervisor exceptions for today. Refer the citizen to the registration desk&apos;s manual process.</source>
        <translation>This counter has used all its supervisor exceptions for today. Refer the citizen to the registration desk&apos;s manual process.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>A day&apos;s registrations from the audit trail, as text, JSON or a printable page.</source>
        <translation>A day&apos;s registrations from the audit trail, as text, JSON or a printable page.</translation>
    </message>
    <message>
        <source>Kiosk configuration.</source>
        <translation>Kiosk configuration.</translation>
    </message>
    <message>
        <source>Audit database (default: from the configuration).</source>
        <translation>Audit database (default: from the configuration).</translation>
    </message>
    <message>
        <source>The day, YYYY-MM-DD in local time (default: today).</source>
        <translation>The day, YYYY-MM-DD in local time (default: today).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>Also write the printable page, with registrations per hour, to FILE.</source>
        <translation>Also write the printable page, with registrations per hour, to FILE.</translation>
    </message>
    <message>
        <source>--day needs a date as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--day needs a date as YYYY-MM-DD, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>ThaiD registrations on %1, station %2</source>
        <translation>ThaiD registrations on %1, station %2</translation>
    </message>
    <message>
        <source>  supervisor exceptions: %1</source>
        <translation>  supervisor exceptions: %1</translation>
    </message>
    <message>
        <source>supervisor %1</source>
        <translation>supervisor %1</translation>
    </message>
    <message>
        <source>  re-registrations (a new phone): %1</source>
        <translation>  re-registrations (a new phone): %1</translation>
    </message>
    <message>
        <source>Printable page: %1</source>
        <translation>Printable page: %1</translation>
    </message>
    <message>
        <source>The day&apos;s registrations at this kiosk, from its audit trail: counts by outcome (completed, referred, cancelled) and by reason, p50 and p90 from the card going in to the completed registration, the supervisor exceptions and the re-registrations. People appear only as HMACs.

Exit codes: 0 done, 3 the trail cannot be read, 64 wrong usage.</source>
        <translation>The day&apos;s registrations at this kiosk, from its audit trail: counts by outcome (completed, referred, cancelled) and by reason, p50 and p90 from the card going in to the completed registration, the supervisor exceptions and the re-registrations. People appear only as HMACs.

Exit codes: 0 done, 3 the trail cannot be read, 64 wrong usage.</translation>
    </message>
    <message>
        <source>  card in to completion: p50 %1, p90 %2</source>
        <translation>  card in to completion: p50 %1, p90 %2</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>referred</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>ThaiD registrations, %1</source>
        <translation>ThaiD registrations, %1</translation>
    </message>
    <message>
        <source>ThaiD registrations on %1</source>
        <translation>ThaiD registrations on %1</translation>
    </message>
    <message>
        <source>Station %1. From the kiosk&apos;s audit trail; people appear only as HMACs, never by name or ID.</source>
        <translation>Station %1. From the kiosk&apos;s audit trail; people appear only as HMACs, never by name or ID.</translation>
    </message>
    <message>
        <source>Citizens served</source>
        <translation>Citizens served</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>Why citizens were referred or cancelled</source>
        <translation>Why citizens were referred or cancelled</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Registrations completed per hour</source>
        <translation>Registrations completed per hour</translation>
    </message>
    <message>
        <source>Supervisor exceptions</source>
        <translation>Supervisor exceptions</translation>
    </message>
    <message>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>supervisor (HMAC)</source>
        <translation>supervisor (HMAC)</translation>
    </message>
    <message>
        <source>citizen (HMAC)</source>
        <translation>citizen (HMAC)</translation>
    </message>
    <message>
        <source>Re-registrations (a new phone)</source>
        <translation>Re-registrations (a new phone)</translation>
    </message>
    <message>
        <source>Printed by thaid-kioskctl report.</source>
        <translation>Printed by thaid-kioskctl report.</translation>
    </message>
    <message>
        <source>From the card going in to the completed registration</source>
        <translation>From the card going in to the completed registration</translation>
    </message>
</context>
<context>
    <name>SignOffScreen</name>
    <message>
        <source>Remove the card from the reader</source>
        <translation>Remove the card from the reader</translation>
    </message>
    <message>
        <source>Supervisor: insert your own ID card</source>
        <translation>Supervisor: insert your own ID card</translation>
    </message>
    <message>
        <source>Reading the supervisor&apos;s card…</source>
        <translation>Reading the supervisor&apos;s card…</translation>
    </message>
    <message>
        <source>Supervisor: your finger on the scanner</source>
        <translation>Supervisor: your finger on the scanner</translation>
    </message>
    <message>
        <source>The registry is checking the supervisor…</source>
        <translation>The registry is checking the supervisor…</translation>
    </message>
    <message>
        <source>Insert the citizen&apos;s card again</source>
        <translation>Insert the citizen&apos;s card again</translation>
    </message>
    <message>
        <source>Reading the citizen&apos;s card…</source>
        <translation>Reading the citizen&apos;s card…</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>The citizen&apos;s card may leave the reader for the supervisor&apos;s. Esc: stop and refer the citizen.</source>
        <translation>The citizen&apos;s card may leave the reader for the supervisor&apos;s. Esc: stop and refer the citizen.</translation>
    </message>
    <message>
        <source>Supervisor: take your card back</source>
        <translation>Supervisor: take your card back</translation>
    </message>
    <message>
        <source>Take the citizen&apos;s card out of the reader; the supervisor then inserts their own card.</source>
        <translation>Take the citizen&apos;s card out of the reader; the supervisor then inserts their own card.</translation>
    </message>
    <message>
        <source>An officer with the supervisor role, not the one serving the citizen.</source>
        <translation>An officer with the supervisor role, not the one serving the citizen.</translation>
    </message>
    <message>
        <source>Then insert the citizen&apos;s card again.</source>
        <translation>Then insert the citizen&apos;s card again.</translation>
    </message>
    <message>
        <source>The same card that was checked: the QR follows.</source>
        <translation>The same card that was checked: the QR follows.</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Face</translation>
    </message>
    <message>
        <source>Finger</source>
        <translation>Finger</translation>
    </message>
    <message>
        <source>QR</source>
        <translation>QR</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: done</translation>
    </message>
    <message>
        <source>%1: now</source>
        <translation>%1: now</translation>
    </message>
</context>
<context>
    <name>ThaidCheckScreen</name>
    <message>
        <source>ThaiD login QR code</source>
        <translation>ThaiD login QR code</translation>
    </message>
    <message>
        <source>Waiting for the QR code</source>
        <translation>Waiting for the QR code</translation>
    </message>
    <message>
        <source>The citizen&apos;s phone has scanned the code</source>
        <translation>The citizen&apos;s phone has scanned the code</translation>
    </message>
    <message>
        <source>The QR code is on the citizen&apos;s screen</source>
        <translation>The QR code is on the citizen&apos;s screen</translation>
    </message>
    <message>
        <source>ThaiD check</source>
        <translation>ThaiD check</translation>
    </message>
    <message>
        <source>The citizen&apos;s phone and screen both show this code. Ask the citizen to check they match, then approve on the phone.</source>
        <translation>The citizen&apos;s phone and screen both show this code. Ask the citizen to check they match, then approve on the phone.</translation>
    </message>
    <message>
        <source>Ask the citizen to open the ThaiD app and scan the QR code. Their phone asks them to approve showing who they are to this counter.</source>
        <translation>Ask the citizen to open the ThaiD app and scan the QR code. Their phone asks them to approve showing who they are to this counter.</translation>
    </message>
    <message>
        <source>Code on the citizen&apos;s phone: %1</source>
        <translation>Code on the citizen&apos;s phone: %1</translation>
    </message>
    <message>
        <source>The login ends in %1:%2 if the phone does not approve.</source>
        <translation>The login ends in %1:%2 if the phone does not approve.</translation>
    </message>
    <message>
        <source>Esc: stop the check</source>
        <translation>Esc: stop the check</translation>
    </message>
    <message>
        <source>Verified with ThaiD at %1: the registry vouches for this identity</source>
        <translation>Verified with ThaiD at %1: the registry vouches for this identity</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>Citizen ID</translation>
    </message>
    <message>
        <source>Name (Thai)</source>
        <translation>Name (Thai)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Number under the card photo</source>
        <translation>Number under the card photo</translation>
    </message>
    <message>
        <source>Esc: clear. F6: check the next citizen. A card inserted starts a registration.</source>
        <translation>Esc: clear. F6: check the next citizen. A card inserted starts a registration.</translation>
    </message>
    <message>
        <source>Identity assurance: %1</source>
        <translation>Identity assurance: %1</translation>
    </message>
    <message>
        <source>Photo the registry holds for this card</source>
        <translation>Photo the registry holds for this card</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Address on the card</source>
        <translation>Address on the card</translation>
    </message>
    <message>
        <source>The registry gave no photo: compare the citizen with their card or another document if your service needs it.</source>
        <translation>The registry gave no photo: compare the citizen with their card or another document if your service needs it.</translation>
    </message>
</context>
<context>
    <name>WorkflowText</name>
    <message>
        <source>Insert your own ID card to sign in.</source>
        <translation>Insert your own ID card to sign in.</translation>
    </message>
    <message>
        <source>Reading your card…</source>
        <translation>Reading your card…</translation>
    </message>
    <message>
        <source>Your card was removed before sign-in finished. Insert it again.</source>
        <translation>Your card was removed before sign-in finished. Insert it again.</translation>
    </message>
    <message>
        <source>The card was removed, so the registration was stopped and its data erased. Insert a card to start again.</source>
        <translation>The card was removed, so the registration was stopped and its data erased. Insert a card to start again.</translation>
    </message>
    <message>
        <source>Remove the card and insert it again.</source>
        <translation>Remove the card and insert it again.</translation>
    </message>
    <message>
        <source>This card is not enrolled as an officer on this kiosk. Ask IT to enrol you (thaid-kioskctl officer enroll).</source>
        <translation>This card is not enrolled as an officer on this kiosk. Ask IT to enrol you (thaid-kioskctl officer enroll).</translation>
    </message>
    <message>
        <source>Place your index finger on the scanner.</source>
        <translation>Place your index finger on the scanner.</translation>
    </message>
    <message>
        <source>This card has expired. The citizen needs a new card before registering.</source>
        <translation>This card has expired. The citizen needs a new card before registering.</translation>
    </message>
    <message>
        <source>This is not the citizen&apos;s latest card: a newer one was issued. Ask for the newest card.</source>
        <translation>This is not the citizen&apos;s latest card: a newer one was issued. Ask for the newest card.</translation>
    </message>
    <message>
        <source>The registry reports this card as revoked. Send the citizen to card services.</source>
        <translation>The registry reports this card as revoked. Send the citizen to card services.</translation>
    </message>
    <message>
        <source>The registry does not know this card. Send the citizen to card services.</source>
        <translation>The registry does not know this card. Send the citizen to card services.</translation>
    </message>
    <message>
        <source>Signed in. Remove your card, then insert the citizen&apos;s card.</source>
        <translation>Signed in. Remove your card, then insert the citizen&apos;s card.</translation>
    </message>
    <message numerus="yes">
        <source>The finger did not match after %n attempt(s). Refer the citizen to the manual process at the registration desk.</source>
        <translation>
            <numerusform>The finger did not match after %n attempt. Refer the citizen to the manual process at the registration desk.</numerusform>
            <numerusform>The finger did not match after %n attempts. Refer the citizen to the manual process at the registration desk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Registration complete. Hand the card back to the citizen.</source>
        <translation>Registration complete. Hand the card back to the citizen.</translation>
    </message>
    <message>
        <source>The session expired before the phone finished. Start again from the card.</source>
        <translation>The session expired before the phone finished. Start again from the card.</translation>
    </message>
    <message>
        <source>The registry cancelled the session (for example after three wrong codes). Start again from the card.</source>
        <translation>The registry cancelled the session (for example after three wrong codes). Start again from the card.</translation>
    </message>
    <message>
        <source>Nothing was bound: the citizen&apos;s ThaiD changed at another counter while this phone was being set up. Start again from the card to see the phone now on record.</source>
        <translation>Nothing was bound: the citizen&apos;s ThaiD changed at another counter while this phone was being set up. Start again from the card to see the phone now on record.</translation>
    </message>
    <message>
        <source>Nothing was bound: this phone&apos;s ThaiD is already in use for another citizen. Ask the citizen to use their own phone, then start again from the card.</source>
        <translation>Nothing was bound: this phone&apos;s ThaiD is already in use for another citizen. Ask the citizen to use their own phone, then start again from the card.</translation>
    </message>
    <message>
        <source>ALERT: the QR code was scanned by a second phone, so the session was stopped. Make sure only the citizen&apos;s phone scans the code, then start again from the card.</source>
        <translation>ALERT: the QR code was scanned by a second phone, so the session was stopped. Make sure only the citizen&apos;s phone scans the code, then start again from the card.</translation>
    </message>
    <message>
        <source>The citizen typed a different ID three times, so the registry rejected the session. Check the ID with the citizen and start again from the card.</source>
        <translation>The citizen typed a different ID three times, so the registry rejected the session. Check the ID with the citizen and start again from the card.</translation>
    </message>
    <message>
        <source>Type the 6 digits shown on the citizen&apos;s phone.</source>
        <translation>Type the 6 digits shown on the citizen&apos;s phone.</translation>
    </message>
    <message>
        <source>Registration stopped and its data erased. Remove the card.</source>
        <translation>Registration stopped and its data erased. Remove the card.</translation>
    </message>
    <message>
        <source>Registration stopped and its data erased.</source>
        <translation>Registration stopped and its data erased.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use. Insert your own ID card to sign in again.</source>
        <translation>
            <numerusform>Locked after %n minute without use. Insert your own ID card to sign in again.</numerusform>
            <numerusform>Locked after %n minutes without use. Insert your own ID card to sign in again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No phone scanned the QR code within %n second(s). Start again from the card when the citizen is ready.</source>
        <translation>
            <numerusform>No phone scanned the QR code within %n second. Start again from the card when the citizen is ready.</numerusform>
            <numerusform>No phone scanned the QR code within %n seconds. Start again from the card when the citizen is ready.</numerusform>
        </translation>
    </message>
    <message>
        <source>Maintenance opens for a signed-in officer between citizens: sign in first.</source>
        <translation>Maintenance opens for a signed-in officer between citizens: sign in first.</translation>
    </message>
    <message>
        <source>Checking the code with the registry…</source>
        <translation>Checking the code with the registry…</translation>
    </message>
    <message>
        <source>The registry is checking the finger…</source>
        <translation>The registry is checking the finger…</translation>
    </message>
    <message>
        <source>The supervisor&apos;s card was removed before the registry answered. Insert it again.</source>
        <translation>The supervisor&apos;s card was removed before the registry answered. Insert it again.</translation>
    </message>
    <message>
        <source>This is not the card that was checked for this citizen. Remove it and insert the citizen&apos;s card.</source>
        <translation>This is not the card that was checked for this citizen. Remove it and insert the citizen&apos;s card.</translation>
    </message>
    <message>
        <source>That is the citizen&apos;s card. Remove it; the supervisor inserts their own card.</source>
        <translation>That is the citizen&apos;s card. Remove it; the supervisor inserts their own card.</translation>
    </message>
    <message>
        <source>This card is not enrolled on this kiosk. Remove it; a supervisor enrolled here inserts their own card.</source>
        <translation>This card is not enrolled on this kiosk. Remove it; a supervisor enrolled here inserts their own card.</translation>
    </message>
    <message>
        <source>This officer does not have the supervisor role. Remove the card; a supervisor inserts their own card.</source>
        <translation>This officer does not have the supervisor role. Remove the card; a supervisor inserts their own card.</translation>
    </message>
    <message>
        <source>The officer serving the citizen cannot sign off for them. Remove the card; another officer with the supervisor role inserts their own card.</source>
        <translation>The officer serving the citizen cannot sign off for them. Remove the card; another officer with the supervisor role inserts their own card.</translation>
    </message>
    <message>
        <source>Supervisor: place your enrolled index finger on the scanner.</source>
        <translation>Supervisor: place your enrolled index finger on the scanner.</translation>
    </message>
    <message>
        <source>The registry is checking the supervisor…</source>
        <translation>The registry is checking the supervisor…</translation>
    </message>
    <message>
        <source>The registry accepted the supervisor&apos;s sign-off.</source>
        <translation>The registry accepted the supervisor&apos;s sign-off.</translation>
    </message>
    <message>
        <source>The citizen refused on the phone. Nothing was shared. F6: check again.</source>
        <translation>The citizen refused on the phone. Nothing was shared. F6: check again.</translation>
    </message>
    <message>
        <source>No phone approved in time. F6: show a new QR.</source>
        <translation>No phone approved in time. F6: show a new QR.</translation>
    </message>
    <message>
        <source>The phone that scanned is not an active ThaiD (replaced or never registered). Ask the citizen to use their current phone, or to register again.</source>
        <translation>The phone that scanned is not an active ThaiD (replaced or never registered). Ask the citizen to use their current phone, or to register again.</translation>
    </message>
    <message>
        <source>The ThaiD check was cleared.</source>
        <translation>The ThaiD check was cleared.</translation>
    </message>
    <message>
        <source>This kiosk is not registered for ThaiD checks. Ask office IT to set [thaid_check] in kiosk.conf.</source>
        <translation>This kiosk is not registered for ThaiD checks. Ask office IT to set [thaid_check] in kiosk.conf.</translation>
    </message>
</context>
<context>
    <name>thaid::app::OfficerSignIn</name>
    <message>
        <source>Your finger did not match. Remove your card and try again.</source>
        <translation>Your finger did not match. Remove your card and try again.</translation>
    </message>
</context>
</TS>
