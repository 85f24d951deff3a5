<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
    <context>
        <name>CardErrorText</name>
        <message>
            <source>No card reader found. Check that the reader is plugged in.</source>
            <translation>ไม่พบเครื่องอ่านบัตร ตรวจสอบว่าเสียบเครื่องอ่านบัตรไว้แล้ว</translation>
        </message>
        <message>
            <source>No card in the reader. Insert the citizen's ID card, chip first.</source>
            <translation>ไม่มีบัตรในเครื่องอ่าน ให้เสียบบัตรประชาชนของผู้มาติดต่อ โดยหันด้านชิปเข้าก่อน</translation>
        </message>
        <message>
            <source>Another program is using the card. Close it, then try again.</source>
            <translation>มีโปรแกรมอื่นใช้งานบัตรอยู่ ให้ปิดโปรแกรมนั้นแล้วลองใหม่</translation>
        </message>
        <message>
            <source>The card was removed while it was being read. Insert it again and keep it in the reader.</source>
            <translation>บัตรถูกดึงออกระหว่างการอ่าน ให้เสียบบัตรใหม่และคาไว้ในเครื่องอ่านจนอ่านเสร็จ</translation>
        </message>
        <message>
            <source>This is not a Thai national ID card. Insert the citizen's ID card.</source>
            <translation>บัตรนี้ไม่ใช่บัตรประจำตัวประชาชน ให้เสียบบัตรประชาชนของผู้มาติดต่อ</translation>
        </message>
        <message>
            <source>The card gave an unexpected answer. Remove it, insert it again and retry; if it fails again, use the manual process.</source>
            <translation>บัตรตอบกลับผิดปกติ ให้ถอดบัตรแล้วเสียบใหม่และลองอีกครั้ง หากยังไม่ได้ให้ใช้ขั้นตอนแบบเจ้าหน้าที่ดำเนินการเอง</translation>
        </message>
        <message>
            <source>The reader could not talk to the card. Clean the chip, insert the card again and retry.</source>
            <translation>เครื่องอ่านสื่อสารกับบัตรไม่ได้ ให้ทำความสะอาดชิป เสียบบัตรใหม่ แล้วลองอีกครั้ง</translation>
        </message>
        <message>
            <source>Reading was cancelled.</source>
            <translation>ยกเลิกการอ่านบัตรแล้ว</translation>
        </message>
        <message>
            <source>The citizen ID on the card fails its check digit. The card cannot be used; refer the citizen to the manual process.</source>
            <translation>เลขประจำตัวประชาชนในบัตรไม่ผ่านการตรวจเลขหลักสุดท้าย ใช้บัตรนี้ไม่ได้ ให้ส่งผู้มาติดต่อไปยังขั้นตอนแบบเจ้าหน้าที่ดำเนินการเอง</translation>
        </message>
        <message>
            <source>A date on the card is not valid. Refer the citizen to the manual process.</source>
            <translation>วันที่ในบัตรไม่ถูกต้อง ให้ส่งผู้มาติดต่อไปยังขั้นตอนแบบเจ้าหน้าที่ดำเนินการเอง</translation>
        </message>
        <message>
            <source>Some text on the card has unreadable characters (%1). Check it against the printed card.</source>
            <translation>ข้อความบางส่วนในบัตรมีอักขระที่อ่านไม่ได้ (%1) ให้ตรวจเทียบกับข้อมูลที่พิมพ์บนบัตร</translation>
        </message>
        <message>
            <source>The photo on the card is damaged, so the face cannot be compared. Refer the citizen to the manual process.</source>
            <translation>รูปถ่ายในบัตรเสียหาย เทียบใบหน้าไม่ได้ ให้ส่งผู้มาติดต่อไปยังขั้นตอนแบบเจ้าหน้าที่ดำเนินการเอง</translation>
        </message>
        <message>
            <source>The card has expired. The citizen needs a new card first.</source>
            <translation>บัตรหมดอายุแล้ว ผู้มาติดต่อต้องทำบัตรใหม่ก่อน</translation>
        </message>
        <message>
            <source>The sex field on the card is not valid.</source>
            <translation>ข้อมูลเพศในบัตรไม่ถูกต้อง</translation>
        </message>
        <message>
            <source>The card data is not valid (%1).</source>
            <translation>ข้อมูลในบัตรไม่ถูกต้อง (%1)</translation>
        </message>
        <message>
            <source>The smart-card service (pcscd) is not running. Ask IT to start it (systemctl start pcscd).</source>
            <translation>บริการสมาร์ตการ์ด (pcscd) ไม่ทำงาน ให้แจ้งฝ่ายไอทีเปิดบริการ (systemctl start pcscd)</translation>
        </message>
    </context>
    <context>
        <name>CitizenDisplay</name>
        <message>
            <source>Jan</source>
            <translation>ม.ค.</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>ก.พ.</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>มี.ค.</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>เม.ย.</translation>
        </message>
        <message>
            <source>May</source>
            <translation>พ.ค.</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>มิ.ย.</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>ก.ค.</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>ส.ค.</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>ก.ย.</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>ต.ค.</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>พ.ย.</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>ธ.ค.</translation>
        </message>
        <message>
            <source>%1 BE</source>
            <translation>พ.ศ. %1</translation>
        </message>
        <message>
            <source>%1 %2 BE</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1 %2 %3 BE</source>
            <translation>%1 %2 %3</translation>
        </message>
    </context>
    <context>
        <name>ReadCardCommand</name>
        <message>
            <source>Read the Thai national ID card in a reader and print its data.</source>
            <translation>อ่านบัตรประจำตัวประชาชนจากเครื่องอ่านบัตรและแสดงข้อมูล</translation>
        </message>
        <message>
            <source>Exit codes:
  0  the card was read
  1  wrong usage
  2  no reader or no card within --wait
  3  not a Thai ID card
  4  card removed during the read
  5  PC/SC service (pcscd) unavailable
  6  card data invalid (the record is printed, with the problems as warnings)
  7  card held by another program
  8  card or reader error (unexpected answer, communication failure)</source>
            <translation>รหัสการจบการทำงาน:
  0  อ่านบัตรสำเร็จ
  1  ใช้คำสั่งไม่ถูกต้อง
  2  ไม่พบเครื่องอ่านหรือไม่มีบัตรภายในเวลา --wait
  3  ไม่ใช่บัตรประจำตัวประชาชน
  4  บัตรถูกดึงออกระหว่างการอ่าน
  5  บริการ PC/SC (pcscd) ไม่พร้อมใช้งาน
  6  ข้อมูลในบัตรไม่ถูกต้อง (แสดงข้อมูลพร้อมคำเตือนปัญหาที่พบ)
  7  มีโปรแกรมอื่นใช้งานบัตรอยู่
  8  บัตรหรือเครื่องอ่านผิดพลาด (ตอบกลับผิดปกติ หรือสื่อสารไม่ได้)</translation>
        </message>
        <message>
            <source>Use this reader only.</source>
            <translation>ใช้เฉพาะเครื่องอ่านนี้</translation>
        </message>
        <message>
            <source>Seconds to wait for pcscd, a reader and a card.</source>
            <translation>จำนวนวินาทีที่รอ pcscd เครื่องอ่าน และบัตร</translation>
        </message>
        <message>
            <source>Print one JSON object.</source>
            <translation>แสดงผลเป็นออบเจกต์ JSON หนึ่งรายการ</translation>
        </message>
        <message>
            <source>Add card-link statistics.</source>
            <translation>แสดงสถิติการสื่อสารกับบัตรเพิ่มเติม</translation>
        </message>
        <message>
            <source>Write the photo (JPEG) to FILE.</source>
            <translation>บันทึกรูปถ่าย (JPEG) ลงไฟล์ FILE</translation>
        </message>
        <message>
            <source>--wait needs a number of seconds</source>
            <translation>--wait ต้องระบุเป็นจำนวนวินาที</translation>
        </message>
        <message>
            <source>Cannot write the photo to %1</source>
            <translation>บันทึกรูปถ่ายลง %1 ไม่ได้</translation>
        </message>
        <message>
            <source>Reader</source>
            <translation>เครื่องอ่าน</translation>
        </message>
        <message>
            <source>Citizen ID</source>
            <translation>เลขประจำตัวประชาชน</translation>
        </message>
        <message>
            <source>Name (Thai)</source>
            <translation>ชื่อ (ภาษาไทย)</translation>
        </message>
        <message>
            <source>Name (English)</source>
            <translation>ชื่อ (ภาษาอังกฤษ)</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>วันเกิด</translation>
        </message>
        <message>
            <source>invalid</source>
            <translation>ไม่ถูกต้อง</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>เพศ</translation>
        </message>
        <message>
            <source>male</source>
            <translation>ชาย</translation>
        </message>
        <message>
            <source>female</source>
            <translation>หญิง</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>ไม่ทราบ</translation>
        </message>
        <message>
            <source>Card request number</source>
            <translation>เลขที่คำขอมีบัตร</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>ออกบัตรโดย</translation>
        </message>
        <message>
            <source>Issue date</source>
            <translation>วันออกบัตร</translation>
        </message>
        <message>
            <source>Expiry date</source>
            <translation>วันบัตรหมดอายุ</translation>
        </message>
        <message>
            <source>lifelong</source>
            <translation>ตลอดชีพ</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>ที่อยู่</translation>
        </message>
        <message>
            <source>Photo number</source>
            <translation>เลขใต้รูปถ่าย</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>รูปถ่าย</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n ไบต์</numerusform>
            </translation>
        </message>
        <message>
            <source>Card exchanges</source>
            <translation>จำนวนรอบสื่อสารกับบัตร</translation>
        </message>
        <message>
            <source>Bytes received</source>
            <translation>จำนวนไบต์ที่ได้รับ</translation>
        </message>
        <message>
            <source>Time to text / photo</source>
            <translation>เวลาได้ข้อความ / รูปถ่าย</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>คำเตือน: %1</translation>
        </message>
    </context>
</TS>
